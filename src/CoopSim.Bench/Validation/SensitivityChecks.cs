using System.Globalization;
using System.Text;
using CoopSim.Studies.Sensitivity;

namespace CoopSim.Bench.Validation;

/// <summary>
/// The sensitivity estimators (CoopSim.Studies' Sensitivity) against functions whose indices are known in closed
/// form, with the seeds and sizes of the unit tests in tests/CoopSim.Studies.Tests/Sensitivity, for docs/validation.md.
/// </summary>
internal static class SensitivityChecks
{
    public const ulong Seed = 20261207;
    public const int BaseSamples = 8192;

    public static IReadOnlyList<SensitivityCheck> Run()
    {
        var checks = new List<SensitivityCheck>();

        // Ishigami (a = 7, b = 0.1) on [−π, π]³: Ishigami and Homma (1990).
        var ishigami = Sobol(3, x =>
        {
            var (x1, x2, x3) = (Pi(x[0]), Pi(x[1]), Pi(x[2]));
            return Math.Sin(x1) + 7 * Math.Pow(Math.Sin(x2), 2) + 0.1 * Math.Pow(x3, 4) * Math.Sin(x1);
        });
        double[] s = [0.3139, 0.4424, 0];
        double[] st = [0.5576, 0.4424, 0.2437];
        for (var i = 0; i < 3; i++)
        {
            checks.Add(Of("Ishigami", $"S{i + 1}", s[i], ishigami[i].First));
            checks.Add(Of("Ishigami", $"ST{i + 1}", st[i], ishigami[i].Total));
        }

        // A loss chain: reach = Π Uᵢ with pass rates Uᵢ uniform on (0.7, 1), (0.4, 1), (0.9, 1).
        (double Lo, double Hi)[] ranges = [(0.7, 1.0), (0.4, 1.0), (0.9, 1.0)];
        var chain = Sobol(3, x => ranges.Select((r, i) => r.Lo + x[i] * (r.Hi - r.Lo)).Aggregate(1.0, (p, u) => p * u));
        var mean = ranges.Select(r => (r.Lo + r.Hi) / 2).ToArray();
        var variance = ranges.Select(r => (r.Hi - r.Lo) * (r.Hi - r.Lo) / 12).ToArray();
        var square = mean.Select((m, i) => variance[i] + m * m).ToArray();
        var v = square.Aggregate(1.0, (p, q) => p * q) - mean.Aggregate(1.0, (p, m) => p * m * m);
        for (var i = 0; i < 3; i++)
        {
            var others = Enumerable.Range(0, 3).Where(j => j != i).ToArray();
            checks.Add(Of("loss chain Π Uᵢ", $"S{i + 1}", variance[i] * others.Aggregate(1.0, (p, j) => p * mean[j] * mean[j]) / v, chain[i].First));
            checks.Add(Of("loss chain Π Uᵢ", $"ST{i + 1}", variance[i] * others.Aggregate(1.0, (p, j) => p * square[j]) / v, chain[i].Total));
        }

        // An input the output cannot depend on.
        var dummy = Sobol(3, x => 3 * x[0] + x[1] * x[1]);
        checks.Add(Of("3x₁ + x₂² (x₃ unused)", "S3", 0, dummy[2].First));
        checks.Add(Of("3x₁ + x₂² (x₃ unused)", "ST3", 0, dummy[2].Total));

        // Morris on a linear model: every elementary effect is the coefficient, so μ* = |cᵢ| exactly.
        double[] c = [0.5, -4, 2, 0, 8];
        var design = MorrisDesign.Create(c.Length, 10, 42);
        var effects = MorrisAnalysis.Analyze(design, design.Points.Select(x => x.Select((xi, i) => c[i] * xi).Sum()).ToArray(), 42);
        for (var i = 0; i < c.Length; i++)
            checks.Add(new SensitivityCheck("Σ cᵢxᵢ, c = (0.5, −4, 2, 0, 8)", $"Morris μ*{i + 1}", Math.Abs(c[i]), effects[i].MuStar.Value,
                effects[i].MuStar.Value, effects[i].MuStar.Value));
        return checks;
    }

    public static void Render(StringBuilder s)
    {
        var checks = Run();
        s.AppendLine();
        s.AppendLine("## Sensitivity estimators against closed forms");
        s.AppendLine();
        s.AppendLine("`coopsim sensitivity` ranks inputs with Morris' μ* and Sobol indices (first-order by Saltelli 2010, total by");
        s.AppendLine($"Jansen) with bootstrap 95% intervals. Here the same code runs on functions whose indices are known: Saltelli's design of {BaseSamples:N0}");
        s.AppendLine($"base rows (seed {Seed}, 500 resamples), and Morris with 10 trajectories (seed 42). A check passes when the closed form lies in");
        s.AppendLine("the estimate's interval; Morris on a linear model must give each |coefficient| exactly. Loss chain: with V = Π E[Uᵢ²] − Π E[Uᵢ]²,");
        s.AppendLine("Sᵢ = Var(Uᵢ) Π_{j≠i} E[Uⱼ]² / V and STᵢ = Var(Uᵢ) Π_{j≠i} E[Uⱼ²] / V. Test: `dotnet test tests/CoopSim.Studies.Tests --filter FullyQualifiedName~Sensitivity`.");
        s.AppendLine();
        s.AppendLine($"- Result: {checks.Count} checks, {checks.Count(c => !c.Passed)} failed.");
        s.AppendLine();
        s.AppendLine("| function | index | closed form | estimate | 95% interval | |");
        s.AppendLine("|---|---|---:|---:|---|---|");
        foreach (var c in checks)
        {
            var interval = c.Low == c.High ? "exact" : $"[{F(c.Low)}, {F(c.High)}]";
            s.AppendLine($"| {c.Function} | {c.Index} | {F(c.Expected)} | {F(c.Estimate)} | {interval} | {(c.Passed ? "pass" : "**FAIL**")} |");
        }
    }

    private static SensitivityCheck Of(string function, string index, double expected, Estimate e) => new(function, index, expected, e.Value, e.Low, e.High);

    private static IReadOnlyList<SobolIndex> Sobol(int k, Func<double[], double> f)
    {
        var design = SaltelliDesign.Create(k, BaseSamples, Seed);
        return SobolAnalysis.Analyze(design, design.Points.Select(f).ToArray(), Seed);
    }

    private static double Pi(double u) => -Math.PI + 2 * Math.PI * u;

    /// <summary>Four decimals, and no "-0.0000" for an estimate a hair below zero.</summary>
    private static string F(double v) => (Math.Round(v, 4) + 0.0).ToString("0.0000", CultureInfo.InvariantCulture).Replace("-0.0000", "0.0000", StringComparison.Ordinal);
}
