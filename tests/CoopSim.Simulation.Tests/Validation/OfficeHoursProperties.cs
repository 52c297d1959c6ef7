using CoopSim.Simulation.Validation;

namespace CoopSim.Simulation.Tests.Validation;

public sealed class OfficeHoursProperties
{
    [Fact]
    public void Run_RandomOfficeHoursAndTimeZone_WaitIsExactLocalRule() => ValidationProperty.Check(new OfficeHoursFamily());
}
