using CoopSim.Model.Scenario;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Tests.Kernel;

/// <summary>
/// A kernel is reused from one replication to the next, and resets only the agencies a replication touched and
/// seeds an agency's stream only when it first draws: every replication must still be the one a fresh kernel runs.
/// </summary>
public sealed class ReplicationKernelReuseTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Run_KernelReusedAcrossReplicationsAndTracing_SameMetricsAsAFreshKernel(int workers) =>
        AssertReusedMatchesFresh(DeterminismTests.MixedWorld(), workers);

    /// <summary>
    /// Agencies that act but never send: leaves (their arrival moves their sequence) and an origin with no channel at all
    /// (it acts on its own alert and nothing moves its sequence): acted bits and records must be cleared too.
    /// </summary>
    [Fact]
    public void Run_KernelReusedWithAgenciesThatOnlyAct_SameMetricsAsAFreshKernel()
    {
        var world = new TestWorld().Country("AA").Agency("a0", "AA").Agency("leaf1", "AA").Agency("leaf2", "AA").Agency("island", "AA")
            .Channel("c1", "a0", "leaf1", TestWorld.Exp(1, 2)).Channel("c2", "a0", "leaf2", TestWorld.Exp(1, 3))
            .Alert("first", "a0").Alert("second", "a0", at: Model.Duration.FromHours(1)).Alert("alone", "island");
        AssertReusedMatchesFresh(world.Build(), workers: 1);
    }

    private static void AssertReusedMatchesFresh(ScenarioModel scenario, int workers)
    {
        var world = CompiledWorld.Compile(scenario);
        var reused = new ReplicationKernel(world, PartitionPlan.Create(world, workers));
        for (var r = 0; r < 12; r++)
        {
            // A traced replication in between: tracing is switched on and off again on the same states.
            var tracing = r % 5 == 3;
            var (again, _) = reused.Run(7, r, tracing, CancellationToken.None);
            var (fresh, _) = new ReplicationKernel(world, PartitionPlan.Create(world, workers)).Run(7, r, tracing: false, CancellationToken.None);

            Assert.Equal(Describe(fresh), Describe(again));
        }
    }

    private static string Describe(ReplicationMetrics m) => string.Join("\n",
        [
            $"events {m.Events}",
            .. m.Alerts.Select((a, i) => $"alert {i} lost {a.LostRelays}: " + string.Join(" ", a.Reached)),
            .. m.Subjects.Select(s => $"subject {s.InterceptedAtStop}: " + string.Join(",", s.LeadTimesMs)),
            "channels " + string.Join(" ", m.Channels),
        ]);
}
