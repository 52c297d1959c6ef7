using CoopSim.Model.Distributions;

namespace CoopSim.Model.World;

/// <summary>
/// When an agency's staff can act. Routine items wait for the next opening in the agency's local time;
/// urgent items reach a duty officer after <see cref="UrgentDutyDelay"/> (an estimate of 0–2 h; see seeds/SOURCES.md).
/// </summary>
public sealed record OfficeHours(bool AlwaysOpen, int OpensAtMinute, int ClosesAtMinute, DelayDistribution? UrgentDutyDelay)
{
    public static readonly OfficeHours Always = new(true, 0, 24 * 60, null);

    public static OfficeHours Weekdays(int opensAtMinute, int closesAtMinute, DelayDistribution? urgentDutyDelay) =>
        new(false, opensAtMinute, closesAtMinute, urgentDutyDelay);
}
