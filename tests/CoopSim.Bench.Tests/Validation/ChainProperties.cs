using CoopSim.Bench.Validation;

namespace CoopSim.Bench.Tests.Validation;

public sealed class ChainProperties
{
    [Fact]
    public void Run_RandomExponentialChain_TimeIsHypoexponential() => ValidationProperty.Check(new ChainFamily());
}
