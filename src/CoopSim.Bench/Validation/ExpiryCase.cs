using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Validation;

/// <summary>One generated chain with an expiry, and which of its agencies the rule lets act.</summary>
internal sealed record ExpiryCase(GeneratedScenario Scenario, IReadOnlyList<int> ArrivalMinutes, int ExpiryMinutes) : IValidationCase
{
    public CaseVerdict Evaluate(SimulationRun run, ValidationLevel level)
    {
        var n = run.Replications.Count;
        var checks = new List<CheckOutcome>();
        for (var j = 1; j <= ArrivalMinutes.Count; j++)
        {
            var arrives = ArrivalMinutes[j - 1];
            var inTime = arrives <= ExpiryMinutes;
            var times = RunReader.SecondsTo(run, "A", $"a{j}");
            checks.Add(CheckOutcome.Exact($"a{j} (arrives {arrives} min) replications acting", inTime ? n : 0, times.Count, ""));
            if (inTime) checks.Add(OfficeHoursCase.Exact(run, $"a{j} acts at, h", "A", $"a{j}", arrives * 60.0));
        }

        return new CaseVerdict(Scenario, checks, []);
    }
}
