namespace CoopSim.Orleans.Tests.Processes;

/// <summary>The tests that start silo processes share one Redis and run one at a time: each starts three silos.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisFixture>
{
    public const string Name = "redis and silo processes";
}
