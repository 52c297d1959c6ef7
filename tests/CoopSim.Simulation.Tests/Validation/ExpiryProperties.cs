using CoopSim.Simulation.Validation;

namespace CoopSim.Simulation.Tests.Validation;

public sealed class ExpiryProperties
{
    [Fact]
    public void Run_RandomExpiryOnFixedChain_CutsExactlyAtExpiry() => ValidationProperty.Check(new ExpiryFamily());
}
