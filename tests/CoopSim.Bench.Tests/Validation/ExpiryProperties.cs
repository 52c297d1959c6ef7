using CoopSim.Bench.Validation;

namespace CoopSim.Bench.Tests.Validation;

public sealed class ExpiryProperties
{
    [Fact]
    public void Run_RandomExpiryOnFixedChain_CutsExactlyAtExpiry() => ValidationProperty.Check(new ExpiryFamily());
}
