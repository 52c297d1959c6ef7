using CoopSim.Model;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Simulation.Results;

namespace CoopSim.Studies.Sweeps;

/// <summary>
/// Finds the axes of a sweep that changed nothing measurable and says why. Every point ran with the same seed, so
/// a parameter that touches no route the alerts took gives exactly the same figures at every value; six identical
/// rows read as "a week's outage cuts interception to 8%" unless the table says the outage's end had no effect.
/// </summary>
public static class SweepEffects
{
    public static IReadOnlyList<AxisWithoutEffect> Explain(SweepResult sweep)
    {
        var found = new List<AxisWithoutEffect>();
        for (var axis = 0; axis < sweep.Parameters.Count; axis++)
        {
            var values = sweep.Rows.Select(r => r.Values[axis]).Distinct(StringComparer.Ordinal).ToArray();
            if (values.Length < 2 || !Unmoved(sweep.Rows, axis)) continue;
            found.Add(new AxisWithoutEffect(sweep.Parameters[axis], Reason(sweep.Parameters[axis], values, sweep.Rows.Select(r => r.Result).ToArray())));
        }

        return found;
    }

    /// <summary>True when, with every other axis held fixed, the key figures are identical at every value of <paramref name="axis"/>.</summary>
    private static bool Unmoved(IReadOnlyList<SweepRow> rows, int axis) => rows
        .GroupBy(r => string.Join("\u0001", r.Values.Where((_, i) => i != axis)), StringComparer.Ordinal)
        .All(group => group.Select(r => r.Figures).Distinct(FiguresComparer.Instance).Count() == 1);

    private static string Reason(string parameter, IReadOnlyList<string> values, IReadOnlyList<SimulationResult> results)
    {
        var generic = "every value gave the same key figures with the same seed: the parameter touches no route that decided them";
        if (!ParameterPath.TryParse(parameter, out var path, out _)) return generic;
        var (first, last) = Ends(values);
        switch (path!.Collection)
        {
            case "outages":
                var use = results.Select(r => r.Channels.FirstOrDefault(c => c.Id == path.Id)).ToArray();
                if (use.All(c => c is null || c.Messages == 0)) return $"no message went over {path.Id} in any run, so its outage had nothing to act on";
                if (use.Select(c => (c!.Messages, c.DroppedByOutage, c.Held)).Distinct().Count() > 1)
                    return $"the outage changed what went over {path.Id}, but every target was reached as fast another way";
                var c0 = use[0]!;
                var caught = c0.DroppedByOutage + c0.Held;
                if (path.Property == "until")
                {
                    return caught >= c0.Messages
                        ? $"every message on {path.Id} was sent before {first} and caught by the outage, and none followed later; the outage's end had no effect"
                        : $"every message on {path.Id} was sent before {first} or after {last}; the outage's end had no effect";
                }

                return $"no message on {path.Id} was sent between {first} and {last}; the outage's start had no effect";
            case "channels":
                var messages = results.Select(r => r.Channels.FirstOrDefault(c => c.Id == path.Id)?.Messages ?? 0).ToArray();
                return messages.All(m => m == 0)
                    ? $"no message went over {path.Id} in any run: no route the alerts took uses it"
                    : $"{path.Id} carried messages, but the first copy reached every target by another route";
            case "agencies":
                var reached = results.Any(r => r.Alerts.Any(a => a.Agencies.Any(x => x.Agency == path.Id && x.Reached.Successes > 0)));
                return reached
                    ? $"{path.Id} received alerts, but lies on no fastest route to a target"
                    : $"{path.Id} never received an alert in any run, so how it works cannot matter";
            default:
                return generic;
        }
    }

    /// <summary>The smallest and largest of the values when they are durations, else the first and last given.</summary>
    private static (string First, string Last) Ends(IReadOnlyList<string> values)
    {
        var durations = values.Select(v => Duration.TryParse(v, out var d, out _) ? (Text: v, d.Milliseconds) : (Text: v, Milliseconds: long.MinValue)).ToArray();
        if (durations.Any(d => d.Milliseconds == long.MinValue)) return (values[0], values[^1]);
        var ordered = durations.OrderBy(d => d.Milliseconds).ToArray();
        return (ordered[0].Text, ordered[^1].Text);
    }

    private sealed class FiguresComparer : IEqualityComparer<IReadOnlyList<Answers.KeyFigure>>
    {
        public static readonly FiguresComparer Instance = new();

        public bool Equals(IReadOnlyList<Answers.KeyFigure>? x, IReadOnlyList<Answers.KeyFigure>? y) =>
            x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(IReadOnlyList<Answers.KeyFigure> figures) => figures.Count;
    }
}
