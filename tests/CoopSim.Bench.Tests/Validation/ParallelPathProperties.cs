using CoopSim.Bench.Validation;

namespace CoopSim.Bench.Tests.Validation;

public sealed class ParallelPathProperties
{
    [Fact]
    public void Run_RandomParallelPaths_TimeIsMinimumOfPaths() => ValidationProperty.Check(new ParallelFamily());
}
