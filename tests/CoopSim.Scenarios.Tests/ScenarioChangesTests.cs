using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Advice;
using CoopSim.Scenarios.Bundles;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Tests.Shared;

namespace CoopSim.Scenarios.Tests;

/// <summary>
/// A study's point travels to silos as <see cref="ScenarioChanges"/> text: read back, it must rebuild the very scenario the
/// study ran (factors to the last bit, settings and candidates' blocks as written), through the same code path.
/// </summary>
public sealed class ScenarioChangesTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Parse_TextOfAnUncertainSample_RebuildsTheSameScenario()
    {
        var scenario = ScenarioLoader.Load(_files.WriteGoodWith("uncertainty:\n  - {path: channels.kr-vn-desk.latency.median, range: 1h..48h}\n  - estimates: {factor: 2}")).Value!;
        var model = UncertaintyModel.Resolve(scenario, (_, m) => throw new InvalidOperationException(m));
        var random = new Random(7);
        var point = model.Inputs.Select(_ => random.NextDouble()).ToArray();
        var changes = model.ChangesAt(point);

        var text = changes.ToText();
        var read = ScenarioChanges.Parse(text);

        Assert.Equal(text, read.ToText());
        Assert.Equal(changes.Factors.Select(f => BitConverter.DoubleToInt64Bits(f.Factor)), read.Factors.Select(f => BitConverter.DoubleToInt64Bits(f.Factor)));
        var direct = model.ApplyTo(scenario, point);
        var rebuilt = read.ApplyTo(scenario);
        Assert.Equal(text, direct.Changes);
        Assert.Equal(direct.World.Channels.Select(c => (c.Latency, c.LossProbability)), rebuilt.World.Channels.Select(c => (c.Latency, c.LossProbability)));
        Assert.Equal(direct.World.Agencies.SelectMany(a => a.HandlingDelays.Select(h => h.Delay)), rebuilt.World.Agencies.SelectMany(a => a.HandlingDelays.Select(h => h.Delay)));
    }

    [Fact]
    public void Load_CandidatesBlocksReadBackFromText_GiveTheSameWorld()
    {
        var scenarioPath = RepoPaths.Scenario("uz-entry-block-without-mou.yaml");
        var candidates = CandidateLoader.LoadFor(Path.Combine(RepoPaths.Root, "scenarios", "candidates", "uz-entry-block-candidates.yaml"), scenarioPath).Value!.Applicable;
        var changes = ScenarioChanges.Of(candidates.Take(2).Select(c => c.Changes).ToArray());

        var direct = changes.Load(scenarioPath).Value!;
        var rebuilt = ScenarioChanges.Parse(changes.ToText()).Load(scenarioPath).Value!;

        Assert.Equal(changes.ToText(), rebuilt.Changes);
        Assert.Equal(direct.World.Channels.Select(c => (c.Id, c.Latency, c.LossProbability)), rebuilt.World.Channels.Select(c => (c.Id, c.Latency, c.LossProbability)));
        Assert.Equal(direct.World.Agencies.Select(a => (a.Id, a.Hours)), rebuilt.World.Agencies.Select(a => (a.Id, a.Hours)));
    }

    [Fact]
    public void ApplyTo_SweepPoint_NamesItsSettingsAndTheHashDiffersFromTheFiles()
    {
        var scenario = ScenarioLoader.Load(RepoPaths.Scenario("korea-desk-wanted.yaml")).Value!;
        Assert.True(ParameterPath.TryParse("channels.kr-vn-desk.loss", out var path, out _));
        var point = new SweepPoint([new SweepSetting(path!, "0.25")]);

        var changed = point.ApplyTo(scenario);

        Assert.Equal("", scenario.Changes);
        Assert.Equal(point.Changes.ToText(), changed.Changes);
        Assert.Equal("abc", ScenarioBundles.HashWith("abc", ""));
        Assert.NotEqual(ScenarioBundles.HashWith("abc", changed.Changes), ScenarioBundles.HashWith("abc", point.Changes.ToText().Replace("0.25", "0.5", StringComparison.Ordinal)));
        Assert.Throws<InvalidOperationException>(() => point.ApplyTo(changed));
    }
}
