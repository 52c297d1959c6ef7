using CoopSim.Scenarios.Sweeps;
using CoopSim.Tests.Shared;

namespace CoopSim.Scenarios.Tests.Sweeps;

/// <summary>Numbers that are not finite and grids too large to run are refused where they are read, with the reason.</summary>
public sealed class SweepBoundsTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Write(string sweep, string extra = "") => _files.WriteGoodWith(extra + "\nsweep:\n" + sweep);

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("0.1,NaN")]
    public void TryExpand_NotFiniteValueInAList_IsRefusedByName(string values)
    {
        Assert.False(SweepValues.TryExpand(values, out _, out var error));
        Assert.Contains("is not a finite number", error);
    }

    [Theory]
    [InlineData("0..1/NaN")]
    [InlineData("NaN..1/0.1")]
    [InlineData("0..Infinity/0.1")]
    public void TryExpand_NotFiniteRangeBoundOrStep_IsRefused(string range)
    {
        Assert.False(SweepValues.TryExpand(range, out var values, out _));
        Assert.Empty(values);
    }

    [Fact]
    public void Apply_LossOfNaN_IsRefusedAsNotAProbability()
    {
        var scenario = ScenarioLoader.Load(Write("  - {vary: channels.kr-vn-desk.loss, values: [0.1]}")).Value!;
        Assert.True(ParameterPath.TryParse("channels.kr-vn-desk.loss", out var path, out _));
        Assert.Null(ParameterSetter.Apply(scenario, path!, "NaN", out var error));
        Assert.Contains("not a probability", error);
    }

    [Fact]
    public void Load_SweepBlockValueNaN_IsAnErrorAtTheValues()
    {
        var d = Assert.Single(ScenarioLoader.Load(Write("  - {vary: channels.kr-vn-desk.loss, values: [NaN]}")).Diagnostics);
        Assert.Contains("not a finite number", d.Message);
    }

    [Fact]
    public void CheckSize_ThreeAxesOfAThousand_NamesTheProductAndTheLimit()
    {
        var axis = new SweepAxis(new ParameterPath("channels", "kr-vn-desk", "loss"), Enumerable.Range(0, 1000).Select(i => i.ToString()).ToArray());
        Assert.False(SweepGrid.CheckSize([axis, axis, axis], out var error));
        Assert.Contains("1,000 × 1,000 × 1,000 = 1,000,000,000 points", error);
        Assert.Contains($"at most {SweepGrid.MaxGridPoints:N0}", error);
    }

    [Fact]
    public void CheckSize_GridAtTheLimit_IsAccepted()
    {
        var axis = new SweepAxis(new ParameterPath("channels", "kr-vn-desk", "loss"), Enumerable.Range(0, 100).Select(i => i.ToString()).ToArray());
        Assert.True(SweepGrid.CheckSize([axis, axis], out _));
    }

    [Fact]
    public void Load_SweepBlockOfTooManyPoints_IsAnErrorNamingTheProduct()
    {
        var block = "  - {vary: channels.kr-vn-desk.loss, values: 0..0.999/0.001}\n  - {vary: channels.kr-vn-desk.latency.median, values: 1h..200h/1h}";
        var d = Assert.Single(ScenarioLoader.Load(Write(block)).Diagnostics);
        Assert.Contains("1,000 × 200 = 200,000 points", d.Message);
    }

    [Fact]
    public void Load_ExpectationBoundNaN_IsNotAFiniteNumber()
    {
        var path = Write("  - {vary: channels.kr-vn-desk.loss, values: [0.1]}", "expect:\n  - agencies-reached: {alert: A, at-least: NaN, at-most: 3}");
        var d = Assert.Single(ScenarioLoader.Load(path).Diagnostics);
        Assert.Contains("must be a finite number, not 'NaN'", d.Message);
    }
}
