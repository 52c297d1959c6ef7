using CoopSim.Model.Distributions;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Tests.Shared;

namespace CoopSim.Scenarios.Tests.Uncertainty;

/// <summary>The <c>uncertainty:</c> block: what it accepts, and one <c>file(line,col): error:</c> per mistake, at its place.</summary>
public sealed class UncertaintyBlockTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Write(string block) => _files.WriteGoodWith("uncertainty:\n" + block);

    private Diagnostic OneError(string block)
    {
        var result = ScenarioLoader.Load(Write(block));
        ScenarioFiles.AssertOneLineEach(result.Diagnostics);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Load_TheIssuesExample_ResolvesPathsAndEveryEstimate()
    {
        var result = ScenarioLoader.Load(Write("""
              - path: channels.kr-vn-desk.latency.median
                range: 1h..48h
              - path: channels.vn-police-ncb.loss
                range: 0.05..0.3
                shape: triangular
              - estimates: {factor: 2}
            """));

        Assert.Empty(result.Diagnostics);
        var model = UncertaintyModel.Resolve(result.Value!, (_, m) => throw new InvalidOperationException(m));
        Assert.Equal("channels.kr-vn-desk.latency.median", model.Inputs[0].Name);
        Assert.Equal(UncertaintyShape.LogUniform, model.Inputs[0].Range.Shape);
        Assert.Equal(UncertaintyShape.Triangular, model.Inputs[1].Range.Shape);
        var rules = model.Inputs.Skip(2).ToArray();
        Assert.NotEmpty(rules);
        Assert.All(rules, i => Assert.Equal((0.5, 2.0, UncertaintyShape.LogUniform), (i.Range.Low, i.Range.High, i.Range.Shape)));

        // A delay a path entry names is the path's, not the rule's; every rule input is an estimate of the world.
        Assert.DoesNotContain(rules, i => i.Name == "channels.kr-vn-desk.latency" || i.Name == "channels.vn-police-ncb.loss");
        var catalog = DelayCatalog.Of(result.Value!.World).ToDictionary(x => x.Name, x => x.Basis);
        Assert.All(rules, i => Assert.True(DelayCatalog.IsEstimate(catalog[i.Name]), i.Name));
        Assert.Contains(rules, i => i.Name.EndsWith(".loss", StringComparison.Ordinal));
    }

    [Fact]
    public void ApplyTo_EndsOfTheUnitInterval_SetTheRangesEnds()
    {
        var scenario = ScenarioLoader.Load(Write("  - {path: channels.kr-vn-desk.latency.median, range: 1h..48h}\n  - {path: channels.vn-police-ncb.loss, range: 0.05..0.3}")).Value!;
        var model = UncertaintyModel.Resolve(scenario, (_, m) => throw new InvalidOperationException(m));

        var low = model.ApplyTo(scenario, [0.0, 0.0]).World;
        var high = model.ApplyTo(scenario, [1.0, 1.0]).World;
        var asWritten = model.ApplyTo(scenario, [double.NaN, double.NaN]).World;

        Assert.Equal(Model.Duration.FromHours(1), CoopSim.Scenarios.Sweeps.DelayMedian.Of(low.FindChannel("kr-vn-desk")!.Latency));
        Assert.Equal(Model.Duration.FromHours(48), CoopSim.Scenarios.Sweeps.DelayMedian.Of(high.FindChannel("kr-vn-desk")!.Latency));
        Assert.Equal((0.05, 0.3), (low.FindChannel("vn-police-ncb")!.LossProbability, high.FindChannel("vn-police-ncb")!.LossProbability));
        Assert.Same(scenario.World, asWritten);
    }

    [Fact]
    public void Scale_EveryDurationOfTheDistribution_KeepsBasis()
    {
        var scaled = (LogNormalDelay)DelayScaling.Scale(new LogNormalDelay(Model.Duration.FromHours(2), Model.Duration.FromHours(6), Model.Duration.FromMinutes(10)) { Basis = "estimate" }, 2);

        Assert.Equal((Model.Duration.FromHours(4), Model.Duration.FromHours(12), Model.Duration.FromMinutes(20), "estimate"), (scaled.Median, scaled.P90, scaled.Min, scaled.Basis));
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 10.0)]
    [InlineData(1.0, 100.0)]
    public void At_LogUniform_IsGeometric(double u, double expected) =>
        Assert.Equal(expected, new UncertainRange(1, 100, UncertaintyShape.LogUniform, false).At(u), 9);

    [Fact]
    public void At_Triangular_MedianIsTheMiddleAndQuarterFollowsTheTriangle()
    {
        var range = new UncertainRange(0, 1, UncertaintyShape.Triangular, false);
        Assert.Equal(0.5, range.At(0.5), 12);

        // F(x) = 2x² below the mode, so the quarter point is x = √(1/8).
        Assert.Equal(Math.Sqrt(0.125), range.At(0.25), 12);
    }

    [Theory]
    [InlineData("  - {path: channels.kr-vn-dsk.latency.median, range: 1h..48h}", 10, 12, "unknown channel 'kr-vn-dsk'; did you mean 'kr-vn-desk'")]
    [InlineData("  - {path: channels.kr-vn-desk.speed, range: 1h..48h}", 10, 12, "PROPERTY is one of")]
    [InlineData("  - {path: agencies.kr.knpa.hours, range: 1h..48h}", 10, 12, "cannot be uncertain")]
    [InlineData("  - {path: channels.kr-vn-desk.latency.median, range: 48h..1h}", 10, 55, "ends before it starts")]
    [InlineData("  - {path: channels.kr-vn-desk.latency.median, range: 2h..2h}", 10, 55, "is empty")]
    [InlineData("  - {path: channels.vn-police-ncb.loss, range: 0.1..1.5}", 10, 48, "between 0 and 1")]
    [InlineData("  - {path: channels.vn-police-ncb.loss, range: 0.1..0.2, shape: normal}", 10, 12, "shape 'normal'")]
    [InlineData("  - {path: channels.kr-vn-desk.latency.median, range: 1m..2h}", 10, 55, "not above the distribution's minimum")]
    [InlineData("  - {path: channels.kr-vn-desk.latency.median}", 10, 5, "missing required key 'range'")]
    [InlineData("  - estimates: {factor: 0.5}", 10, 25, "factor must be above 1")]
    [InlineData("  - sourced: {percent: 120}", 10, 24, "percent must be above 0 and below 100")]
    [InlineData("  - estimates: {factr: 2}", 10, 17, "unknown key 'factr'")]
    [InlineData("  - estimates: {}", 10, 5, "needs a factor")]
    public void Load_BadEntry_OneErrorAtItsPlace(string block, int line, int column, string message)
    {
        var d = OneError(block);

        Assert.Contains(message, d.Message);
        Assert.Equal((line, column), (d.Location.Line, d.Location.Column));
    }
}
