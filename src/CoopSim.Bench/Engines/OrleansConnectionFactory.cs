using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Hosting;

namespace CoopSim.Bench.Engines;

/// <summary>A cluster the benchmark runs on: its address and a name for the table.</summary>
public sealed record OrleansConnectionFactory(ClusterAddress Address, string Description)
{
    public OrleansEngine Engine(OrleansEngineOptions options) => OrleansEngine.WithClient(Address, options);
}
