using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Tests.Shared;

namespace CoopSim.Scenarios.Tests;

public sealed class SweepBlockTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Write(string sweep) => _files.WriteGoodWith("sweep:\n" + sweep);

    [Fact]
    public void Load_ValidSweepBlock_KeepsItsAxes()
    {
        var result = ScenarioLoader.Load(Write("  - {vary: channels.kr-vn-desk.latency.median, values: 1h..3h/1h}\n  - {vary: agencies.kr.knpa.hours, values: [24/7, 09:00-18:00]}"));
        Assert.Empty(result.Diagnostics);
        var sweep = result.Value!.Sweep!;
        Assert.Equal(["channels.kr-vn-desk.latency.median", "agencies.kr.knpa.hours"], sweep.Select(a => a.Path));
        Assert.Equal(["24/7", "09:00-18:00"], sweep[1].Values);
    }

    [Fact]
    public void Load_SweepOfUnknownChannel_PointsAtThePathWithSuggestion()
    {
        var d = Assert.Single(ScenarioLoader.Load(Write("  - vary: channels.kr-vn-dsk.latency.median\n    values: 1h..3h/1h")).Diagnostics);
        Assert.Equal((10, 11), (d.Location.Line, d.Location.Column));
        Assert.Contains("unknown channel 'kr-vn-dsk'; did you mean 'kr-vn-desk'", d.Message);
    }

    [Fact]
    public void Load_SweepValueBelowTheMinimum_PointsAtTheValues()
    {
        var d = Assert.Single(ScenarioLoader.Load(Write("  - vary: channels.kr-vn-desk.latency.median\n    values: 5m,1h")).Diagnostics);
        Assert.Equal((11, 13), (d.Location.Line, d.Location.Column));
        Assert.Contains("5m", d.Message);
    }

    [Fact]
    public void Load_MisspeltKeyInSweepAxis_IsUnknownWithSuggestion()
    {
        var d = Assert.Single(ScenarioLoader.Load(Write("  - {vary: channels.kr-vn-desk.loss, value: 0.1}")).Diagnostics, x => x.Message.Contains("unknown key"));
        Assert.Contains("unknown key 'value' in a sweep axis; did you mean 'values'", d.Message);
    }

    [Fact]
    public void Apply_ChannelLatencyMedian_ChangesOnlyThatChannel()
    {
        var scenario = ScenarioLoader.Load(Write("  - {vary: channels.kr-vn-desk.loss, values: 0.1}")).Value!;
        var point = SweepGrid.Expand([new SweepAxis(new ParameterPath("channels", "kr-vn-desk", "latency.median"), ["3h"])])[0];
        var changed = point.ApplyTo(scenario);
        Assert.Equal(new UniformDelay(Duration.Parse("10m"), Duration.Parse("5h50m")).Max, ((UniformDelay)changed.World.FindChannel("kr-vn-desk")!.Latency).Max);
        var others = scenario.World.Channels.Where(c => c.Id != "kr-vn-desk");
        Assert.Equal(others, changed.World.Channels.Where(c => c.Id != "kr-vn-desk"));
    }
}
