using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Tests.Answers;

/// <summary>The hop times a probe takes while replications are folded are the ones read back from kept replications.</summary>
public sealed class RouteHopProbeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task For_UsualRouteOnAnyWorkers_EqualsTheHopMeansOfKeptReplications(int workers)
    {
        var scenario = Scenarios.ScenarioLoader.Load(CoopSim.Tests.Shared.RepoPaths.Scenario("korea-desk-wanted.yaml")).Value!;
        var engine = new InProcessEngine();
        var kept = await engine.RunAsync(scenario, new RunOptions(600, 7, 1));
        var path = kept.Result.Alerts.Single(a => a.Id == "W-1").Agencies.Single(a => a.Agency == "vn.mps").Path!;
        var probe = new RouteHopProbe("W-1", "vn.mps", null);

        await engine.RunAsync(scenario, new RunOptions(600, 7, workers, KeepReplications: false, Probe: probe));

        // From kept replications: those where every agency of the route heard first from the one before, over the route's channel.
        var hops = path.Agencies.Count - 1;
        var sums = new long[hops];
        var runs = 0;
        var index = kept.Index;
        foreach (var replication in kept.Replications)
        {
            var alert = replication.Alerts[index.AlertIndex("W-1")];
            var records = path.Agencies.Select(a => alert.TryGet(index.AgencyIndex(a), out var r) ? r : (Simulation.Results.ReachRecord?)null).ToArray();
            if (records.Any(r => r is null)) continue;
            var onRoute = Enumerable.Range(0, hops).All(h => records[h + 1]!.Value.FromAgency == records[h]!.Value.Agency
                && index.Channels[records[h + 1]!.Value.Channel] == path.Channels[h]);
            if (!onRoute) continue;
            runs++;
            for (var h = 0; h < hops; h++) sums[h] += records[h + 1]!.Value.AtMs - records[h]!.Value.AtMs;
        }

        var measured = probe.For(path.Agencies, path.Channels);
        Assert.NotNull(measured);
        Assert.True(runs > 300, $"{runs} runs took the usual route");
        Assert.Equal(runs, measured.Runs);
        Assert.Equal(sums.Select(ms => ms / 1000.0 / runs), measured.MeanSeconds);
    }

    [Fact]
    public async Task For_RouteNoRunTook_IsNull()
    {
        var scenario = Scenarios.ScenarioLoader.Load(CoopSim.Tests.Shared.RepoPaths.Scenario("korea-desk-wanted.yaml")).Value!;
        var probe = new RouteHopProbe("W-1", "vn.mps", null);

        await new InProcessEngine().RunAsync(scenario, new RunOptions(50, 7, 1, KeepReplications: false, Probe: probe));

        Assert.Null(probe.For(["kr.knpa", "vn.mps"], ["no-such-channel"]));
    }
}
