using CoopSim.Model;
using CoopSim.Model.World;
using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Office hours": the wait before anyone at the recipient picks an alert up, in its local time.</summary>
public sealed class OfficeHoursRulesTests
{
    private static readonly DateTimeOffset Monday0000Utc = new(2025, 4, 14, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Friday0000Utc = new(2025, 4, 18, 0, 0, 0, TimeSpan.Zero);
    private static readonly OfficeHours NineToFive = OfficeHours.Weekdays(9 * 60, 17 * 60, TestWorld.Fixed(Duration.FromHours(2)));

    /// <summary>a (24/7) sends to b (09:00–17:00, UTC) over a fixed channel of <paramref name="latency"/>.</summary>
    private static double ActsAtS(Duration latency, Priority priority = Priority.Routine, DateTimeOffset? epoch = null, Duration? handling = null)
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", hours: NineToFive, handling: handling is { } h ? TestWorld.Fixed(h) : null)
            .Channel("ab", "a", "b", TestWorld.Fixed(latency)).Alert("A", "a", priority: priority);
        return RuleRuns.ActsAtS(Result(world.Build(epoch: epoch ?? Monday0000Utc)), "b");
    }

    [Fact]
    public void OfficeHours_RoutineBeforeOpening_WaitsForTheOpening() => Assert.Equal(9 * 3600.0, ActsAtS(Hour * 8));

    [Fact]
    public void OfficeHours_ArrivalAtOpening_DoesNotWait() => Assert.Equal(9 * 3600.0, ActsAtS(Hour * 9));

    [Fact]
    public void OfficeHours_ArrivalAtClosing_WaitsForTheNextWorkingMorning() => Assert.Equal(33 * 3600.0, ActsAtS(Hour * 17));

    [Fact]
    public void OfficeHours_RoutineOnFridayClosing_WaitsForMonday() =>
        Assert.Equal((3 * 24 + 9) * 3600.0, ActsAtS(Hour * 17, epoch: Friday0000Utc));

    [Fact]
    public void OfficeHours_UrgentAtClosedOffice_WaitsTheSoonerOfDutyAndOpening()
    {
        // Duty delay a fixed 2 h. Arriving 08:00, the office opens after 1 h; arriving 20:00, the duty officer comes after 2 h.
        Assert.Equal(9 * 3600.0, ActsAtS(Hour * 8, Priority.Urgent));
        Assert.Equal(22 * 3600.0, ActsAtS(Hour * 20, Priority.Urgent));
    }

    [Fact]
    public void OfficeHours_HandlingStartedBeforeClosing_RunsPastIt() =>
        // Arrives 16:30, handled in a fixed 2 h: acts at 18:30, not paused overnight.
        Assert.Equal(18.5 * 3600.0, ActsAtS(Duration.FromMinutes(16 * 60 + 30), handling: Hour * 2));

    /// <summary>
    /// A night desk, 22:00–06:00 local, working days Monday to Friday (a shift belongs to the day it opens), in UTC+9 and
    /// UTC−5. Each alert reaches the desk 1 h after issue at the local time given; the expected wait is in hours.
    /// </summary>
    [Theory]
    [InlineData(9, 1, 3, 0, 19.0)]   // Monday 03:00: Sunday opened no shift; waits for Monday 22:00
    [InlineData(9, 1, 23, 0, 0.0)]   // Monday 23:00: Monday's shift
    [InlineData(9, 2, 5, 59, 0.0)]   // Tuesday 05:59: still Monday's shift
    [InlineData(9, 2, 6, 0, 16.0)]   // Tuesday 06:00: closed until Tuesday 22:00
    [InlineData(9, 6, 3, 0, 0.0)]    // Saturday 03:00: Friday's shift runs into the weekend
    [InlineData(9, 6, 6, 0, 64.0)]   // Saturday 06:00: next shift Monday 22:00
    [InlineData(9, 7, 23, 0, 23.0)]  // Sunday 23:00: next shift Monday 22:00
    [InlineData(-5, 1, 3, 0, 19.0)]
    [InlineData(-5, 1, 23, 0, 0.0)]
    [InlineData(-5, 2, 5, 59, 0.0)]
    [InlineData(-5, 2, 6, 0, 16.0)]
    [InlineData(-5, 6, 3, 0, 0.0)]
    [InlineData(-5, 6, 6, 0, 64.0)]
    [InlineData(-5, 7, 23, 0, 23.0)]
    public void OfficeHours_NightDeskAcrossMidnightAndWeekend_WaitsForItsShift(int utcOffsetHours, int day, int hour, int minute, double waitHours)
    {
        // Day 0 is Sunday 2025-04-13 (UTC); the local time day·24 h + hour is UTC minus the offset.
        var epoch = new DateTimeOffset(2025, 4, 13, 0, 0, 0, TimeSpan.Zero).AddDays(-1);
        var arrival = Duration.FromHours(24 + day * 24 + hour - utcOffsetHours) + Duration.FromMinutes(minute);
        var night = OfficeHours.Weekdays(22 * 60, 6 * 60, null);
        var world = new TestWorld().Country("AA").Country("NN", utcOffsetHours)
            .Agency("a", "AA").Agency("desk", "NN", hours: night)
            .Channel("ad", "a", "desk", TestWorld.Fixed(Hour)).Alert("A", "a", at: arrival - Hour, priority: Priority.Routine);
        var result = Result(world.Build(epoch: epoch));

        Assert.Equal(3600.0 + waitHours * 3600.0, RuleRuns.ActsAtS(result, "desk"), 3);
    }
}
