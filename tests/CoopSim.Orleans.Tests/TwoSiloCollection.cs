namespace CoopSim.Orleans.Tests;

[CollectionDefinition(Name)]
public sealed class TwoSiloCollection : ICollectionFixture<TwoSiloClusterFixture>
{
    public const string Name = "two silos";
}
