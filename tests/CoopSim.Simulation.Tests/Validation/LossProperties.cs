using CoopSim.Simulation.Validation;

namespace CoopSim.Simulation.Tests.Validation;

public sealed class LossProperties
{
    [Fact]
    public void Run_RandomLossyChain_ReachIsProductOfSurvivals() => ValidationProperty.Check(new LossFamily());
}
