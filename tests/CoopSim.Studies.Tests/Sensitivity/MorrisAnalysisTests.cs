using CoopSim.Studies.Sensitivity;

namespace CoopSim.Studies.Tests.Sensitivity;

public sealed class MorrisAnalysisTests
{
    [Fact]
    public void Analyze_LinearModel_MuStarIsEachCoefficientExactly()
    {
        double[] c = [0.5, -4, 2, 0, 8];
        var design = MorrisDesign.Create(c.Length, 10, 42);

        var effects = MorrisAnalysis.Analyze(design, design.Points.Select(x => x.Select((v, i) => c[i] * v).Sum()).ToArray(), 42);

        for (var i = 0; i < c.Length; i++)
        {
            Assert.Equal(Math.Abs(c[i]), effects[i].MuStar.Value, 9);
            Assert.Equal(c[i], effects[i].Mu, 9);
            Assert.Equal(0, effects[i].Sigma, 9);
        }

        var ranked = effects.OrderByDescending(e => e.MuStar.Value).Select(e => e.Parameter).ToArray();
        Assert.Equal([4, 1, 2, 0, 3], ranked);
    }

    [Fact]
    public void Create_EveryStep_MovesOneInputInsideTheCube()
    {
        var design = MorrisDesign.Create(6, 8, 7);

        Assert.Equal(8 * 7, design.Points.Count);
        Assert.All(design.Points, p => Assert.All(p, v => Assert.InRange(v, 0, 1)));
        foreach (var step in design.Steps)
        {
            var changed = Enumerable.Range(0, 6).Where(i => design.Points[step.From][i] != design.Points[step.To][i]).ToArray();
            Assert.Equal([step.Parameter], changed);
            Assert.Equal(step.Delta, design.Points[step.To][step.Parameter] - design.Points[step.From][step.Parameter], 12);
        }
    }

    [Fact]
    public void Analyze_InteractingInput_HasSigmaAboveZero()
    {
        var design = MorrisDesign.Create(2, 20, 3);

        var effects = MorrisAnalysis.Analyze(design, design.Points.Select(x => x[0] * x[1]).ToArray(), 3);

        Assert.True(effects[0].Sigma > 0.1);
        Assert.True(effects[0].MuStar.Low <= effects[0].MuStar.Value && effects[0].MuStar.Value <= effects[0].MuStar.High);
    }
}
