using CoopSim.Simulation.Validation;

namespace CoopSim.Simulation.Tests.Validation;

public sealed class ScopeProperties
{
    [Fact]
    public void Run_RandomScopedWorld_ReachesExactlyTheScopeClosure() => ValidationProperty.Check(new ScopeFamily());
}
