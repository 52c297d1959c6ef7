using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Validation;

/// <summary>One generated scoped world and the agencies the scope rule lets the alert reach.</summary>
internal sealed record ScopeCase(GeneratedScenario Scenario, IReadOnlyList<(string Id, string Country)> Agencies,
    IReadOnlyList<(string From, string To)> Channels, IReadOnlyList<string> Scope) : IValidationCase
{
    /// <summary>The closure of the origin under the relay rule, by breadth-first search.</summary>
    public HashSet<string> ExpectedReach()
    {
        var country = Agencies.ToDictionary(a => a.Id, a => a.Country);
        var origin = Agencies[0];
        var reached = new HashSet<string> { origin.Id };
        var queue = new Queue<string>([origin.Id]);
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            foreach (var (from, to) in Channels)
            {
                if (from != u || reached.Contains(to)) continue;
                var allowed = Scope.Contains(country[to]) || (country[to] == origin.Country && country[u] == origin.Country);
                if (allowed && reached.Add(to)) queue.Enqueue(to);
            }
        }

        return reached;
    }

    public CaseVerdict Evaluate(SimulationRun run, ValidationLevel level)
    {
        var n = run.Replications.Count;
        var expected = ExpectedReach();
        var allowedCountries = Scope.Append(Agencies[0].Country).ToHashSet();
        var country = Agencies.ToDictionary(a => a.Id, a => a.Country);
        var outside = RunReader.AgenciesReached(run, "A").Count(a => !allowedCountries.Contains(country[a]));
        var checks = new List<CheckOutcome> { CheckOutcome.Exact("agencies reached outside scope and origin country", 0, outside, "") };
        foreach (var (id, _) in Agencies)
            checks.Add(CheckOutcome.Exact($"{id} replications reached", expected.Contains(id) ? n : 0, RunReader.SecondsTo(run, "A", id).Count, ""));
        return new CaseVerdict(Scenario, checks, []);
    }
}
