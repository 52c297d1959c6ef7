using CoopSim.Simulation.Validation;

namespace CoopSim.Simulation.Tests.Validation;

public sealed class ChainProperties
{
    [Fact]
    public void Run_RandomExponentialChain_TimeIsHypoexponential() => ValidationProperty.Check(new ChainFamily());
}
