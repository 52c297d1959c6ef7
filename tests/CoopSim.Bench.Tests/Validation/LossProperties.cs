using CoopSim.Bench.Validation;

namespace CoopSim.Bench.Tests.Validation;

public sealed class LossProperties
{
    [Fact]
    public void Run_RandomLossyChain_ReachIsProductOfSurvivals() => ValidationProperty.Check(new LossFamily());
}
