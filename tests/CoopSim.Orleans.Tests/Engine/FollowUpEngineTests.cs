using CoopSim.Orleans.Engine;
using CoopSim.Scenarios;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;

namespace CoopSim.Orleans.Tests.Engine;

/// <summary>
/// Follow-ups (docs/model.md, "Channel") are a sender's own events: agency grains and replication grains must give the
/// in-process bytes when they happen. No shipped scenario has a follow-up, so this one adds it to uz-entry-block with a
/// drop outage and a lossy MOU channel.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class FollowUpEngineTests(TwoSiloClusterFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coopsim-follow-up-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(OrleansEngineMode.AgencyGrains, 6)]
    [InlineData(OrleansEngineMode.Replications, 50)]
    public async Task RunAsync_ChannelWithFollowUps_MatchesInProcessJson(OrleansEngineMode mode, int replications)
    {
        var path = Path.Combine(_folder, "follow-up.yaml");
        File.WriteAllText(path, $$$"""
            name: follow-up
            world: {{{RepoPaths.Seeds}}}
            start: 2025-06-16T20:00:00+05:00
            run: {seed: 11, horizon: 10d}
            changes:
              alter-channels:
                - {id: kr-uz-mou, loss: 0.3, follow-up: {after: 2h, tries: 3}}
            outages:
              - {channel: kr-uz-mou, from: 0s, until: 3h, mode: drop}
            alerts:
              - {id: EB-1, kind: entry-block, priority: urgent, origin: uz.mia, scope: [KR]}
            """);
        var loaded = ScenarioLoader.Load(path);
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
        var options = new RunOptions(Replications: replications, Seed: 3, Workers: 2);

        var inproc = await new InProcessEngine().RunAsync(loaded.Value!, options);
        var orleans = await new OrleansEngine(fixture.Cluster.GrainFactory, new OrleansEngineOptions { Mode = mode, ReplicationSlots = 6 })
            .RunAsync(loaded.Value!, options);

        Assert.True(inproc.Result.Channels.Single(c => c.Id == "kr-uz-mou").Messages > 1, "the follow-ups happened");
        Assert.Equal(ResultJsonWriter.ToJson(inproc.Result), ResultJsonWriter.ToJson(orleans.Result));
    }
}
