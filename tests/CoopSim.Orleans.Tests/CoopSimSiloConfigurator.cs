using CoopSim.Orleans.Hosting;
using Orleans.TestingHost;

namespace CoopSim.Orleans.Tests;

/// <summary>A TestCluster silo set up as `coopsim silo` sets up its own: the slot placement the grains ask for.</summary>
public sealed class CoopSimSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) => SiloConfiguration.AddCoopSimGrains(siloBuilder);
}
