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
    /// <param name="medianForWithin">
    /// Explain the median time even when the answer is a share within a limit: a share near 100% hardly moves at a few
    /// dozen runs a point, while the median time moves with every delay on the way.
    /// </param>
    public static OutputMeasure ForAnswer(AnswerSpec target, double horizonHours, bool medianForWithin = false)
    {
        if (target.Subject is { } subject)
            return new OutputMeasure($"interception:{subject}", $"interception of {subject}", true, run => ReplicationSamples.Intercepted(run, subject).Average());
        var where = target.Agency ?? target.Country!;
        double[] Hours(SimulationRun run) => target.Agency is { } agency
            ? ReplicationSamples.HoursToAgency(run, target.Alert!, agency)
            : ReplicationSamples.HoursToCountry(run, target.Alert!, target.Country!);
        if (target.Within is { } within && !medianForWithin)
            return new OutputMeasure($"within:{target.Alert}/{where}/{within}", $"the share of runs in which {where} can act on {target.Alert} within {within}", true,
                run => Hours(run).Count(h => h <= within.TotalHours) / (double)Math.Max(1, run.Replications.Count));
        return new OutputMeasure($"p50:{target.Alert}/{where}", $"the median time to act on {target.Alert} at {where}", false, run => Percentile(Hours(run), 0.5, horizonHours));
    }

    public static OutputMeasure ForObjective(Objective objective, double horizonHours)
    {
        double[] Hours(SimulationRun run) => objective.TargetIsAgency
            ? ReplicationSamples.HoursToAgency(run, objective.Alert, objective.Target)
            : ReplicationSamples.HoursToCountry(run, objective.Alert, objective.Target);
        return objective.Kind switch
        {
            ObjectiveKind.Interception => new OutputMeasure(objective.Text, objective.Description, true, run => ReplicationSamples.Intercepted(run, objective.Target).Average()),
            ObjectiveKind.Reach => new OutputMeasure(objective.Text, objective.Description, true, run => Hours(run).Count(double.IsFinite) / (double)Math.Max(1, run.Replications.Count)),
            ObjectiveKind.MedianTime => new OutputMeasure(objective.Text, objective.Description, false, run => Percentile(Hours(run), 0.5, horizonHours)),
            _ => new OutputMeasure(objective.Text, objective.Description, false, run => Percentile(Hours(run), 0.9, horizonHours)),
        };
    }

    private static double Percentile(double[] hours, double p, double horizonHours)
    {
        if (hours.Length == 0) return horizonHours;
        var sorted = hours.Select(h => double.IsFinite(h) ? Math.Min(h, horizonHours) : horizonHours).Order().ToArray();
        return Stats.Percentile(sorted, p);
    }
}
