using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Validation;

/// <summary>One generated office-hours world and its exact local-time checks.</summary>
internal sealed record OfficeHoursCase(GeneratedScenario Scenario, OfficeHoursCase.Shape World) : IValidationCase
{
    public sealed record Shape(DateTimeOffset Epoch, int UtcOffsetMinutes, IReadOnlySet<DayOfWeek> Weekend, TimeSpan Opens, TimeSpan Closes,
        int DutyMinutes, int ToOfficeMinutes, int ToDeskMinutes, IReadOnlyList<OfficeAlert> Alerts);

    public CaseVerdict Evaluate(SimulationRun run, ValidationLevel level)
    {
        var w = World;
        var checks = new List<CheckOutcome>();
        foreach (var alert in w.Alerts)
        {
            var arrival = w.Epoch.AddMinutes(alert.AtMinutes + w.ToOfficeMinutes);
            var routine = LocalTimeWait.Routine(arrival, w.UtcOffsetMinutes, w.Opens, w.Closes, w.Weekend);
            // An urgent item at a closed office waits the sooner of the duty officer and the opening (docs/model.md, "Office hours").
            var wait = alert.Urgent && routine > TimeSpan.Zero ? TimeSpan.FromMinutes(Math.Min(w.DutyMinutes, routine.TotalMinutes)) : routine;
            var local = arrival.UtcDateTime.AddMinutes(w.UtcOffsetMinutes);
            checks.Add(Exact(run, $"{alert.Id} office (arrives {local:ddd HH:mm} local), h", alert.Id, "office", w.ToOfficeMinutes * 60 + wait.TotalSeconds));
            checks.Add(Exact(run, $"{alert.Id} 24/7 desk, h", alert.Id, "desk", w.ToDeskMinutes * 60));
        }

        return new CaseVerdict(Scenario, checks, []);
    }

    /// <summary>Every replication must give exactly the expected time; the one farthest from it is reported.</summary>
    internal static CheckOutcome Exact(SimulationRun run, string check, string alert, string agency, double expectedSeconds)
    {
        var times = RunReader.SecondsTo(run, alert, agency);
        var worst = times.Count < run.Replications.Count ? double.NaN : times.MaxBy(t => Math.Abs(t - expectedSeconds));
        return CheckOutcome.Exact(check, expectedSeconds / 3600, worst / 3600, "h");
    }
}
