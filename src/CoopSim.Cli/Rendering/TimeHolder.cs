using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Results;
using CoopSim.Studies.Answers;

namespace CoopSim.Cli.Rendering;

/// <summary>
/// Where most of the time to the question's agency goes along its usual route: "most of the 8h 24m to MPS Viet
/// Nam is office hours (5h 10m), on the usual route KNPA → Korea Desk → MPS (94% of runs)". The answer says how
/// long; this says what to change.
/// </summary>
internal static class TimeHolder
{
    public static string? Of(ScenarioModel scenario, SimulationResult result, WorldNames names)
    {
        if (ScenarioAnswerEvaluator.TargetOf(scenario) is not { } target) return null;
        var (alertId, agencyId, country) = Resolve(scenario, target);
        var alert = result.Alerts.FirstOrDefault(a => a.Id == alertId);
        if (alert is null) return null;
        var reach = agencyId is not null
            ? alert.Agencies.FirstOrDefault(a => a.Agency == agencyId)
            : alert.Agencies.Where(a => a.Country == country && a.Reached.Successes > 0).OrderBy(a => a.TimeToReach.P50).FirstOrDefault();
        if (reach is not { Reached.Successes: > 0, Path: { } path } || reach.Breakdown.Total < 1) return null;
        var b = reach.Breakdown;
        var (part, seconds) = new[]
        {
            ("held by an outage", b.Held), ("transit on the channels", b.Transit), ("waiting for office hours", b.OfficeWait),
            ("in handling queues", b.Queue), ("translation", b.Translation), ("legal review", b.LegalReview),
            ("waiting for a free officer", b.Waiting),
        }.MaxBy(p => p.Item2);
        var route = path.Agencies.Count > 1 ? $", on the usual route {string.Join(" → ", path.Agencies.Select(names.AgencyShort))} ({Percent.Of(path.Share)} of the runs that got there)" : "";
        return $"Most of the {HumanDuration.Format(b.Total)} to {names.Agency(reach.Agency)} (mean along the first route) is {part}: {HumanDuration.Format(seconds)}, "
            + $"{Percent.Of(seconds / b.Total)} of it{route}.";
    }

    /// <summary>The alert and the agency (or country) the question is about; a subject's question is about its alert's first border.</summary>
    private static (string? Alert, string? Agency, string? Country) Resolve(ScenarioModel scenario, AnswerSpec target)
    {
        if (target.Subject is not { } subject) return (target.Alert ?? scenario.Alerts.FirstOrDefault()?.Id, target.Agency, target.Country);
        var alert = scenario.Alerts.FirstOrDefault(a => a.Subject == subject);
        var stop = scenario.Subjects.FirstOrDefault(s => s.Id == subject)?.Itinerary.FirstOrDefault();

        // The border that must act before the subject arrives: the stop's agency that can block entry.
        var border = scenario.World.Agencies.FirstOrDefault(a => a.Country == stop?.Country && a.Capabilities.HasFlag(Model.World.Capability.BlockEntry));
        return (alert?.Id, border?.Id, stop?.Country);
    }
}
