using Orleans.TestingHost;

namespace CoopSim.Orleans.Tests;

/// <summary>One 2-silo TestCluster shared by the tests of <see cref="TwoSiloCollection"/>; starting silos is the slow part.</summary>
public sealed class TwoSiloClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(2).AddSiloBuilderConfigurator<CoopSimSiloConfigurator>().Build();

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
