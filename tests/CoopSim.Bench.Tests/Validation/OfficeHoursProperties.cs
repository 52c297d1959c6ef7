using CoopSim.Bench.Validation;

namespace CoopSim.Bench.Tests.Validation;

public sealed class OfficeHoursProperties
{
    [Fact]
    public void Run_RandomOfficeHoursAndTimeZone_WaitIsExactLocalRule() => ValidationProperty.Check(new OfficeHoursFamily());
}
