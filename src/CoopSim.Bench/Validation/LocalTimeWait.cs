namespace CoopSim.Bench.Validation;

/// <summary>
/// The office-hours rule written out with calendar arithmetic (not the kernel's millisecond arithmetic), so
/// that the two can disagree: a routine item arriving outside opening hours waits for the next opening on a
/// working day in the agency's local time.
/// </summary>
internal static class LocalTimeWait
{
    public static TimeSpan Routine(DateTimeOffset arrivalUtc, int utcOffsetMinutes, TimeSpan opens, TimeSpan closes, IReadOnlySet<DayOfWeek> weekend)
    {
        var local = arrivalUtc.UtcDateTime.AddMinutes(utcOffsetMinutes);
        if (!weekend.Contains(local.DayOfWeek) && local.TimeOfDay >= opens && local.TimeOfDay < closes) return TimeSpan.Zero;
        var day = local.Date;
        if (weekend.Contains(local.DayOfWeek) || local.TimeOfDay >= closes) day = day.AddDays(1);
        for (var i = 0; i < 8 && weekend.Contains(day.DayOfWeek); i++) day = day.AddDays(1);
        return weekend.Count == 7 ? TimeSpan.Zero : day + opens - local;
    }
}
