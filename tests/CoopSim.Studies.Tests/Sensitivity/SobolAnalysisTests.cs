using CoopSim.Studies.Sensitivity;

namespace CoopSim.Studies.Tests.Sensitivity;

/// <summary>Sobol indices against functions whose indices are known in closed form.</summary>
public sealed class SobolAnalysisTests
{
    private const ulong Seed = 20261207;

    /// <summary>Ishigami (a = 7, b = 0.1) on [−π, π]³: the analytical indices of Ishigami and Homma (1990).</summary>
    [Fact]
    public void Analyze_Ishigami_AnalyticalIndicesInsideIntervals()
    {
        var indices = Run(3, 8192, x =>
        {
            var (x1, x2, x3) = (Scale(x[0]), Scale(x[1]), Scale(x[2]));
            return Math.Sin(x1) + 7 * Math.Pow(Math.Sin(x2), 2) + 0.1 * Math.Pow(x3, 4) * Math.Sin(x1);
        });

        double[] first = [0.3139, 0.4424, 0];
        double[] total = [0.5576, 0.4424, 0.2437];
        for (var i = 0; i < 3; i++)
        {
            Assert.True(indices[i].First.Contains(first[i]), $"S{i + 1} = {first[i]} outside {indices[i].First}");
            Assert.True(indices[i].Total.Contains(total[i]), $"ST{i + 1} = {total[i]} outside {indices[i].Total}");
            Assert.True(indices[i].Total.High - indices[i].Total.Low < 0.1, $"ST{i + 1}'s interval {indices[i].Total} is too wide to mean anything");
        }
    }

    /// <summary>
    /// A loss chain: the share reached is the product of three independent uniform pass rates. With
    /// V = Π E[Uᵢ²] − Π E[Uᵢ]², Sᵢ = Var(Uᵢ) Π_{j≠i} E[Uⱼ]² / V and STᵢ = Var(Uᵢ) Π_{j≠i} E[Uⱼ²] / V.
    /// </summary>
    [Fact]
    public void Analyze_ProductOfUniformPassRates_MatchesClosedForms()
    {
        (double Lo, double Hi)[] ranges = [(0.7, 1.0), (0.4, 1.0), (0.9, 1.0)];
        var indices = Run(3, 8192, x => ranges.Select((r, i) => r.Lo + x[i] * (r.Hi - r.Lo)).Aggregate(1.0, (p, u) => p * u));

        var mean = ranges.Select(r => (r.Lo + r.Hi) / 2).ToArray();
        var var = ranges.Select(r => (r.Hi - r.Lo) * (r.Hi - r.Lo) / 12).ToArray();
        var square = mean.Select((m, i) => var[i] + m * m).ToArray();
        var v = square.Aggregate(1.0, (p, s) => p * s) - mean.Aggregate(1.0, (p, m) => p * m * m);
        for (var i = 0; i < 3; i++)
        {
            var others = Enumerable.Range(0, 3).Where(j => j != i).ToArray();
            var s1 = var[i] * others.Aggregate(1.0, (p, j) => p * mean[j] * mean[j]) / v;
            var st = var[i] * others.Aggregate(1.0, (p, j) => p * square[j]) / v;
            Assert.True(indices[i].First.Contains(s1), $"S{i + 1} = {s1} outside {indices[i].First}");
            Assert.True(indices[i].Total.Contains(st), $"ST{i + 1} = {st} outside {indices[i].Total}");
        }

        // The widest range drives the chain: the ranking is part of the closed form.
        Assert.True(indices[1].First.Value > indices[0].First.Value && indices[0].First.Value > indices[2].First.Value);
    }

    [Fact]
    public void Analyze_InputWithoutEffect_IntervalsContainZero()
    {
        var indices = Run(3, 4096, x => 3 * x[0] + x[1] * x[1]);

        Assert.True(indices[2].First.Contains(0), $"S3 {indices[2].First}");
        Assert.True(indices[2].Total.Contains(0), $"ST3 {indices[2].Total}");
        Assert.False(indices[0].First.Contains(0));
    }

    [Fact]
    public void Analyze_SameSeed_SameIndices()
    {
        static double F(double[] x) => x[0] * x[1] + x[1];
        var a = Run(2, 256, F);
        var b = Run(2, 256, F);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Create_ColumnOfAbFromB_RestFromA()
    {
        var design = SaltelliDesign.Create(3, 4, Seed);

        Assert.Equal(4 * 5, design.Points.Count);
        var (a, b, ab2) = (design.Points[5], design.Points[6], design.Points[5 + 2 + 1]);
        Assert.Equal([a[0], b[1], a[2]], ab2);
    }

    private static IReadOnlyList<SobolIndex> Run(int k, int n, Func<double[], double> f)
    {
        var design = SaltelliDesign.Create(k, n, Seed);
        return SobolAnalysis.Analyze(design, design.Points.Select(f).ToArray(), Seed);
    }

    private static double Scale(double u) => -Math.PI + 2 * Math.PI * u;
}
