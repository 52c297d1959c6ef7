using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Orleans.Engine;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Output;

namespace CoopSim.Orleans.Tests.Engine;

/// <summary>
/// Runs that keep no replication fold each block on the silo that ran it (docs/orleans.md, "Blocks"): the client
/// gets partial folds, and its answer probe what the silos' recording probes kept. Both must be inproc's.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class BlockFoldTests(TwoSiloClusterFixture fixture)
{
    public static TheoryData<OrleansEngineMode, string?, string?, string?> Targets() => new()
    {
        { OrleansEngineMode.Replications, "kr.immigration", null, null },
        { OrleansEngineMode.Replications, null, "KR", null },
        { OrleansEngineMode.Replications, null, null, "suspect" },
        { OrleansEngineMode.AgencyGrains, "kr.immigration", null, null },
        { OrleansEngineMode.AgencyGrains, null, null, "suspect" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task RunAsync_UnkeptOnTwoSilos_GivesInProcessJsonAndAnswer(OrleansEngineMode mode, string? agency, string? country, string? subject)
    {
        var scenario = Scenarios.Load("uz-entry-block.yaml");
        var target = new AnswerSpec(subject is null ? "EB-1" : null, agency, country, subject, Duration.FromHours(18), new SourceLocation("test", 0, 0));
        var expected = new AnswerProbe(target, 300);
        var actual = new AnswerProbe(target, 300);
        var inproc = await new InProcessEngine().RunAsync(scenario, new RunOptions(300, 7, 1, KeepReplications: false, Probe: expected));

        var engine = new OrleansEngine(fixture.Cluster.GrainFactory, new OrleansEngineOptions { Mode = mode });
        var orleans = await engine.RunAsync(scenario, new RunOptions(300, 7, KeepReplications: false, Probe: actual));

        Assert.Equal(ResultJsonWriter.ToJson(inproc.Result), ResultJsonWriter.ToJson(orleans.Result));
        Assert.Equal(expected.Values, actual.Values);
        Assert.Empty(orleans.Replications);
    }

    [Fact]
    public async Task RunAsync_ReplicationWorkersOnBlocks_ReportsProgressAndEachSilosShare()
    {
        var scenario = Scenarios.Load("korea-desk-wanted.yaml");
        var seen = new List<int>();
        var engine = new OrleansEngine(fixture.Cluster.GrainFactory, new OrleansEngineOptions { Mode = OrleansEngineMode.Replications });

        var run = await engine.RunAsync(scenario, new RunOptions(500, 3, KeepReplications: false), progress: new SynchronousProgress(seen.Add));

        Assert.Matches(@"^\d+ blocks? folded on \d+ silos?: ", run.Schedule);
        Assert.Equal(500, seen[^1]);
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(500, engine.LastRunReplicationsPerSilo.Values.Sum());

        // Each silo's blocks and folding seconds beside its share: what tells a slow silo from a waiting one.
        Assert.Equal(engine.LastRunReplicationsPerSilo.Keys.Order(), engine.LastRunFoldingSecondsPerSilo.Keys.Order());
        Assert.All(engine.LastRunFoldingSecondsPerSilo.Values, seconds => Assert.True(seconds > 0));
        foreach (var silo in engine.LastRunReplicationsPerSilo.Keys)
            Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(silo)} [\d,]+ \(\d+%\) in \d+ blocks?, \d+\.\d\d s folding", run.Schedule);
    }
}
