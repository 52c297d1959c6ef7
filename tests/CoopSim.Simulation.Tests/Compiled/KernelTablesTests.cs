using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Kernel;

namespace CoopSim.Simulation.Tests.Compiled;

public sealed class KernelTablesTests
{
    /// <summary>
    /// Three agencies whose handling delays were written apart (three objects, two of them equal) and two channels
    /// with equal latencies: equal distributions share one sampler and one handling table, as a world loaded from
    /// YAML (one object per agency) needs for its samplers to stay in cache.
    /// </summary>
    [Fact]
    public void Build_EqualDistributionsWrittenApart_ShareOneSamplerAndHandlingTable()
    {
        var scenario = new TestWorld().Country("AA")
            .Agency("a", "AA", handling: new UniformDelay(Duration.FromMinutes(1), Duration.FromMinutes(20)))
            .Agency("b", "AA", handling: new UniformDelay(Duration.FromMinutes(1), Duration.FromMinutes(20)))
            .Agency("c", "AA", handling: new UniformDelay(Duration.FromMinutes(1), Duration.FromMinutes(30)))
            .Channel("ab", "a", "b", TestWorld.Fixed(Duration.FromMinutes(5)))
            .Channel("bc", "b", "c", TestWorld.Fixed(Duration.FromMinutes(5)))
            .Alert("x", "a")
            .Build();

        var tables = CompiledWorld.Compile(scenario).Tables;
        var rows = tables.Agencies;

        Assert.Equal(rows[0].HandlingTable, rows[1].HandlingTable);
        Assert.NotEqual(rows[0].HandlingTable, rows[2].HandlingTable);
        Assert.Equal(tables.Edges[0].Latency, tables.Edges[1].Latency);
    }
}
