using CoopSim.Simulation.Validation;

namespace CoopSim.Simulation.Tests.Validation;

public sealed class ParallelPathProperties
{
    [Fact]
    public void Run_RandomParallelPaths_TimeIsMinimumOfPaths() => ValidationProperty.Check(new ParallelFamily());
}
