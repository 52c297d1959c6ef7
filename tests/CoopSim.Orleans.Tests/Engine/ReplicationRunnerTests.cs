using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Tests.Engine;

public sealed class ReplicationRunnerTests
{
    [Theory]
    [InlineData(47, 1000, 2, 125, 32)]   // the starter: four blocks per slot, 32 lanes each
    [InlineData(47, 10, 2, 2, 2)]        // few replications: a lane per replication of the block
    [InlineData(1000, 1000, 2, 125, 4)]  // 4,096 agency states per slot: four lanes of a thousand agencies
    [InlineData(10_000, 1, 2, 1, 1)]     // the large world: one replication, one lane
    [InlineData(47, 1_000_000, 2, 512, 32)] // a long run: more blocks, not larger ones (a block's outcomes are held until it answers)
    public void Blocks_AgencyGrains_SizesBlocksAndLanesToTheRunAndTheWorld(int agencies, int replications, int slots, int size, int lanes)
    {
        var runner = new ReplicationRunner(null!, Run(agencies), new OrleansEngineOptions { AgencyGrainSlots = slots });

        Assert.Equal((size, lanes), runner.Blocks(replications));
    }

    [Fact]
    public void Blocks_ReplicationGrains_OneReplicationPerCall()
    {
        var runner = new ReplicationRunner(null!, Run(47), new OrleansEngineOptions { Mode = OrleansEngineMode.Replications });

        Assert.Equal((1, 1), runner.Blocks(1000));
    }

    private static RunSpec Run(int agencies) => new() { RunId = "r", ScenarioHash = "", Seed = 1, Tracing = false, AgencyCount = agencies };
}
