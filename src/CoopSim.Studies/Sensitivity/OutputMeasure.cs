using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Statistics;
using CoopSim.Studies.Advice;
using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// The one number a sensitivity study explains, measured on each point's run: the scenario's answer (a share
/// within its time limit, an interception share, or the median hours to act) or an <c>advise</c> objective. Times
/// of runs that never got there count as the horizon, so a point where most runs fail still has a finite value.
/// </summary>
public sealed record OutputMeasure(string Text, string Description, bool IsShare, Func<SimulationRun, double> Measure)
{
    /// <summary>
    /// The figure whose per-replication values <see cref="Measure"/> reads: a point's run then takes them with an
    /// <see cref="AnswerProbe"/> as it folds and keeps no replication's metrics, so on a cluster its blocks fold on the
    /// silos instead of every replication's metrics crossing to the client. Null: the run keeps its replications.
    /// </summary>
    public AnswerSpec? Sampled { get; init; }

    /// <param name="medianForWithin">
    /// Explain the median time even when the answer is a share within a limit: a share near 100% hardly moves at a few
    /// dozen runs a point, while the median time moves with every delay on the way.
    /// </param>
    public static OutputMeasure ForAnswer(AnswerSpec target, double horizonHours, bool medianForWithin = false) =>
        MeasureOf(target, horizonHours, medianForWithin) with { Sampled = target };

    private static OutputMeasure MeasureOf(AnswerSpec target, double horizonHours, bool medianForWithin)
    {
        if (target.Subject is { } subject)
            return new OutputMeasure($"interception:{subject}", $"interception of {subject}", true, run => ReplicationSamples.Intercepted(run, subject).Average());
        var where = target.Agency ?? target.Country!;
        double[] Hours(SimulationRun run) => target.Agency is { } agency
            ? ReplicationSamples.HoursToAgency(run, target.Alert!, agency)
            : ReplicationSamples.HoursToCountry(run, target.Alert!, target.Country!);
        if (target.Within is { } within && !medianForWithin)
            return new OutputMeasure($"within:{target.Alert}/{where}/{within}", $"the share of runs in which {where} can act on {target.Alert} within {within}", true,
                run => Share(Hours(run), h => h <= within.TotalHours));
        return new OutputMeasure($"p50:{target.Alert}/{where}", $"the median time to act on {target.Alert} at {where}", false, run => Percentile(Hours(run), 0.5, horizonHours));
    }

    public static OutputMeasure ForObjective(Objective objective, double horizonHours)
    {
        double[] Hours(SimulationRun run) => objective.TargetIsAgency
            ? ReplicationSamples.HoursToAgency(run, objective.Alert, objective.Target)
            : ReplicationSamples.HoursToCountry(run, objective.Alert, objective.Target);
        var measure = objective.Kind switch
        {
            ObjectiveKind.Interception => new OutputMeasure(objective.Text, objective.Description, true, run => ReplicationSamples.Intercepted(run, objective.Target).Average()),
            ObjectiveKind.Reach => new OutputMeasure(objective.Text, objective.Description, true, run => Share(Hours(run), double.IsFinite)),
            ObjectiveKind.MedianTime => new OutputMeasure(objective.Text, objective.Description, false, run => Percentile(Hours(run), 0.5, horizonHours)),
            _ => new OutputMeasure(objective.Text, objective.Description, false, run => Percentile(Hours(run), 0.9, horizonHours)),
        };
        var nowhere = new SourceLocation("", 0, 0);
        return measure with
        {
            Sampled = objective.Kind == ObjectiveKind.Interception
                ? new AnswerSpec(null, null, null, objective.Target, null, nowhere)
                : new AnswerSpec(objective.Alert, objective.TargetIsAgency ? objective.Target : null, objective.TargetIsAgency ? null : objective.Target, null, null, nowhere),
        };
    }

    /// <summary>The share of runs whose value passes: of the values, which number one per replication however they were taken.</summary>
    private static double Share(double[] values, Func<double, bool> passes) => values.Count(passes) / (double)Math.Max(1, values.Length);

    private static double Percentile(double[] hours, double p, double horizonHours)
    {
        if (hours.Length == 0) return horizonHours;
        var sorted = hours.Select(h => double.IsFinite(h) ? Math.Min(h, horizonHours) : horizonHours).Order().ToArray();
        return Stats.Percentile(sorted, p);
    }
}
