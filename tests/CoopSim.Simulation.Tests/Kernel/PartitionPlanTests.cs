using CoopSim.Bench.Generation;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Kernel;
using CoopSim.Studies.Output;

namespace CoopSim.Simulation.Tests.Kernel;

public sealed class PartitionPlanTests
{
    private static readonly CompiledWorld Generated =
        CompiledWorld.Compile(WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 240, Countries: 12, Alerts: 6)));

    [Fact]
    public void Create_TwoWorkersOnTwelveCountries_MakesFourPartitionsPerWorkerWithoutShorteningTheLookahead()
    {
        var plan = PartitionPlan.Create(Generated, 2);

        Assert.Equal(2 * PartitionPlan.PartitionsPerWorker, plan.Count);
        Assert.Equal(2, plan.Workers);
        var crossing = Generated.Edges.Where(e => plan.PartitionOf[e.From] != plan.PartitionOf[e.To]).ToList();
        Assert.NotEmpty(crossing);
        Assert.Equal(crossing.Min(e => e.Latency.Minimum.Milliseconds), plan.LookaheadMs);
        Assert.All(Generated.Edges.Where(e => e.Latency.Minimum.Milliseconds < plan.LookaheadMs),
            e => Assert.Equal(plan.PartitionOf[e.From], plan.PartitionOf[e.To]));
    }

    [Fact]
    public void Create_AnyWorkerCount_KeepsEachCountryInOnePartition()
    {
        foreach (var workers in new[] { 2, 3, 5 })
        {
            var plan = PartitionPlan.Create(Generated, workers);
            foreach (var country in Generated.Agencies.GroupBy(a => a.Country))
                Assert.Single(country.Select(a => plan.PartitionOf[a.Index]).Distinct());
            Assert.InRange(plan.Count, workers, PartitionPlan.PartitionsPerWorker * workers);
        }
    }

    [Fact]
    public void Create_TwoWorkers_BalancesExpectedLoadWithinTheLargestCountry()
    {
        var plan = PartitionPlan.Create(Generated, 2);
        var load = new long[Generated.Agencies.Length];
        Array.Fill(load, 1);
        foreach (var edge in Generated.Edges) load[edge.To]++;
        var perPartition = new long[plan.Count];
        for (var a = 0; a < load.Length; a++) perPartition[plan.PartitionOf[a]] += load[a];
        var largestCountry = Generated.Agencies.GroupBy(a => a.Country).Max(g => g.Sum(a => load[a.Index]));

        // Greedy onto the lightest partition: no partition exceeds the average by more than one country.
        Assert.True(perPartition.Max() - perPartition.Average() <= largestCountry,
            $"partition loads {string.Join(", ", perPartition)}; largest country {largestCountry}");
    }

    [Fact]
    public void Create_OneWorker_IsOnePartitionWithUnboundedLookahead()
    {
        var plan = PartitionPlan.Create(Generated, 1);

        Assert.Equal(1, plan.Count);
        Assert.Equal(long.MaxValue, plan.LookaheadMs);
        Assert.All(plan.PartitionOf, p => Assert.Equal(0, p));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_GeneratedWorldWindowsSharedByManyPartitions_GivesTheSequentialJson(int workers)
    {
        var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 240, Countries: 12, Alerts: 6));
        var sequential = ResultJsonWriter.ToJson(RunHelpers.Run(scenario, 6, seed: 5).Result);
        var windows = ResultJsonWriter.ToJson(RunHelpers.Run(scenario, 6, seed: 5, workers, ParallelMode.Windows).Result);

        Assert.Equal(sequential, windows);
    }

    [Fact]
    public void Run_WorldWithBusyWindows_DeliversAtTheBarrierSideBySideAndGivesTheSequentialJson()
    {
        // Large enough that some windows carry thousands of messages, so partitions gather them side by side.
        var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 2000, Countries: 20, Alerts: 130));
        var sequential = ResultJsonWriter.ToJson(RunHelpers.Run(scenario, 2, seed: 5).Result);
        var windows = ResultJsonWriter.ToJson(RunHelpers.Run(scenario, 2, seed: 5, 2, ParallelMode.Windows).Result);

        Assert.Equal(sequential, windows);
        var benchmark = new KernelBenchmark(scenario, 2);
        benchmark.RunReplication(5, 0);
        Assert.True(benchmark.LastWindows.BusiestWindow > 4 * 512, $"busiest window {benchmark.LastWindows.BusiestWindow} events");
    }

    [Fact]
    public void BusiestWorker_LoadsHandedOutLargestFirst_IsTheGreedyMakespan()
    {
        // 5 → A, 3 → B, 2 → B (5), 2 → A (the first of two equally light): A ends with 7.
        Assert.Equal(7, WindowProfile.BusiestWorker([2, 5, 2, 3], new long[2]));
        Assert.Equal(5, WindowProfile.BusiestWorker([2, 5, 2, 3], new long[3]));
        Assert.Equal(12, WindowProfile.BusiestWorker([2, 5, 2, 3], new long[1]));
    }
}
