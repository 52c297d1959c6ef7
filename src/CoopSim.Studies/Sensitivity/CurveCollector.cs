using System.Collections.Concurrent;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// Keeps, for each point of a two-level study, the hours until the answer's agency (or country) could act in each of
/// its runs, so that a report can draw the time-to-act curve's band under input uncertainty: the range of the
/// points' curves. Points finish in any order; the band is a set of quantiles over them, so the order never shows.
/// </summary>
public sealed class CurveCollector(AnswerSpec target)
{
    private readonly ConcurrentBag<double[]> _points = [];

    /// <summary>The answer's time to act can be drawn (an agency or a country, not a subject's interception).</summary>
    public static bool CanDraw(AnswerSpec target) => target is { Subject: null, Alert: not null } && (target.Agency ?? target.Country) is not null;

    public AnswerSpec Target => target;

    /// <summary>Each point's hours, one array per point.</summary>
    public IReadOnlyList<double[]> Points => _points.ToArray();

    /// <summary><paramref name="inner"/>, also keeping each point's hours.</summary>
    public OutputMeasure Wrap(OutputMeasure inner) => inner with
    {
        Measure = run =>
        {
            _points.Add(Hours(run));
            return inner.Measure(run);
        },
    };

    private double[] Hours(SimulationRun run) => target.Agency is { } agency
        ? ReplicationSamples.HoursToAgency(run, target.Alert!, agency)
        : ReplicationSamples.HoursToCountry(run, target.Alert!, target.Country!);
}
