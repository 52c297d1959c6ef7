using CoopSim.Bench.Validation;

namespace CoopSim.Bench.Tests.Validation;

public sealed class ScopeProperties
{
    [Fact]
    public void Run_RandomScopedWorld_ReachesExactlyTheScopeClosure() => ValidationProperty.Check(new ScopeFamily());
}
