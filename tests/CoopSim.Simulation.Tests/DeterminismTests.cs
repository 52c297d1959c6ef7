using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Tracing;
using CoopSim.Studies.Output;

namespace CoopSim.Simulation.Tests;

public sealed class DeterminismTests
{
    /// <summary>A world with every feature the kernel has: office hours, losses, translation, review, outages, scope.</summary>
    internal static ScenarioModel MixedWorld(int countries = 5, int agenciesPerCountry = 6, ulong layoutSeed = 3)
    {
        var world = new TestWorld();
        var random = new SimRandom(layoutSeed);
        var ids = new List<(string Id, string Country)>();
        for (var c = 0; c < countries; c++)
        {
            var code = $"C{c}";
            world.Country(code, c * 2 - 3, c % 2 == 0 ? "en" : "xx");
            for (var a = 0; a < agenciesPerCountry; a++)
            {
                var id = $"{code.ToLowerInvariant()}.a{a}";
                var hours = a % 3 == 0 ? OfficeHours.Always : OfficeHours.Weekdays(9 * 60, 18 * 60, null);
                world.Agency(id, code, hours, Capability.Relay | Capability.BlockEntry,
                    handling: new UniformDelay(Duration.FromMinutes(1), Duration.FromHours(2)));
                ids.Add((id, code));
            }
        }

        var n = 0;
        foreach (var (id, country) in ids)
        {
            foreach (var (other, otherCountry) in ids)
            {
                if (id == other || random.NextDouble() > 0.12) continue;
                var domestic = country == otherCountry;
                var latency = domestic
                    ? new UniformDelay(Duration.FromSeconds(5), Duration.FromMinutes(30))
                    : (DelayDistribution)new LogNormalDelay(Duration.FromHours(3), Duration.FromHours(20), Duration.FromMinutes(20));
                world.Channel($"ch{n++}", id, other, latency, loss: domestic ? 0.02 : 0.1,
                    translation: TranslationMode.Auto, legalReview: !domestic && n % 4 == 0);
            }
        }

        world.Outage("ch3", Duration.FromHours(1), Duration.FromHours(30), OutageMode.Hold)
            .Outage("ch7", Duration.Zero, Duration.FromDays(2), OutageMode.Drop)
            .Alert("A1", ids[0].Id)
            .Alert("A2", ids[7].Id, Duration.FromHours(5), Priority.Routine, scope: ["C1", "C2"])
            .Alert("A3", ids[13].Id, Duration.FromHours(30), Priority.Urgent, expiry: Duration.FromDays(2), subject: "s")
            .Subject("s", new ItineraryStop("C3", Duration.FromHours(40)), new ItineraryStop("C4", Duration.FromHours(60)));
        return world.Build(new DateTimeOffset(2025, 4, 18, 8, 0, 0, TimeSpan.Zero), Duration.FromDays(20));
    }

    [Theory]
    [InlineData(2, ParallelMode.Windows)]
    [InlineData(3, ParallelMode.Windows)]
    [InlineData(2, ParallelMode.Replications)]
    [InlineData(4, ParallelMode.Auto)]
    public void Run_AnyWorkerCountOrMode_GivesIdenticalJson(int workers, ParallelMode mode)
    {
        var scenario = MixedWorld();
        var reference = ResultJsonWriter.ToJson(RunHelpers.Run(scenario, 60, seed: 11).Result);
        var other = ResultJsonWriter.ToJson(RunHelpers.Run(scenario, 60, seed: 11, workers, mode).Result);

        Assert.Equal(reference, other);
        Assert.Contains("\"alert\": \"A3\"", reference);
    }

    [Fact]
    public async Task Run_FoldedWithoutKeepingReplicationsOnTwoWorkers_GivesTheSameJsonAsOneWorkerKeepingThem()
    {
        // More replications than the exact-percentile budget, so the histogram path is held to the contract too.
        var scenario = MixedWorld();
        var engine = new InProcessEngine();
        var kept = await engine.RunAsync(scenario, new RunOptions(5000, 11));
        var folded = await engine.RunAsync(scenario, new RunOptions(5000, 11, 2, ParallelMode.Replications, KeepReplications: false));

        Assert.Equal(ResultJsonWriter.ToJson(kept.Result), ResultJsonWriter.ToJson(folded.Result));
        Assert.Equal(5000, kept.Replications.Count);
        Assert.Empty(folded.Replications);
    }

    [Fact]
    public void Run_DifferentSeed_GivesDifferentResult()
    {
        var scenario = MixedWorld();
        var a = ResultJsonWriter.ToJson(RunHelpers.Run(scenario, 30, seed: 1).Result);
        var b = ResultJsonWriter.ToJson(RunHelpers.Run(scenario, 30, seed: 2).Result);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Run_WindowsAndReplications_GiveIdenticalTraces()
    {
        var scenario = MixedWorld();
        var sequential = new CollectingObserver();
        var windows = new CollectingObserver();
        var parallel = new CollectingObserver();
        RunHelpers.Run(scenario, 8, observer: sequential);
        RunHelpers.Run(scenario, 8, workers: 3, mode: ParallelMode.Windows, observer: windows);
        RunHelpers.Run(scenario, 8, workers: 2, mode: ParallelMode.Replications, observer: parallel);

        Assert.Equal(Enumerable.Range(0, 8), parallel.Traces.Select(t => t.Replication));
        Assert.True(sequential.Traces.Sum(t => t.Hops.Count) > 100);
        for (var r = 0; r < 8; r++)
        {
            Assert.Equal(sequential.Traces[r].Hops, windows.Traces[r].Hops);
            Assert.Equal(sequential.Traces[r].Hops, parallel.Traces[r].Hops);
        }
    }

    [Fact]
    public void Run_AddingAnUnrelatedAgency_LeavesOtherStreamsUnchanged()
    {
        // Common random numbers: streams are keyed by agency id, so an agency no one talks to changes nothing.
        var baseWorld = MixedWorld();
        var extended = baseWorld with
        {
            World = baseWorld.World with
            {
                Agencies = [.. baseWorld.World.Agencies, new Agency("zz.new", "new", "C0", AgencyKind.LiaisonDesk, OfficeHours.Always, [], [], Capability.Relay, RelayPolicy.All)],
            },
        };
        var a = RunHelpers.Run(baseWorld, 20).Result.Alerts.Select(x => x.Agencies.Select(g => g.TimeToReach).ToArray()).ToArray();
        var b = RunHelpers.Run(extended, 20).Result.Alerts.Select(x => x.Agencies.Select(g => g.TimeToReach).ToArray()).ToArray();

        Assert.Equal(a.Length, b.Length);
        for (var i = 0; i < a.Length; i++) Assert.Equal(a[i], b[i]);
    }

    internal sealed class CollectingObserver : ISimulationObserver
    {
        public List<ReplicationTrace> Traces { get; } = [];

        public void OnReplication(ReplicationTrace trace) => Traces.Add(trace);
    }
}
