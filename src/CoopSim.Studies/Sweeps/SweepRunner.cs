using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Probes;

namespace CoopSim.Studies.Sweeps;

/// <summary>
/// Runs a sweep's grid on any engine, one point after another, each with the same seed. The key figures'
/// targets come from the first point, so every row has the same columns; the question's agency, when it names one,
/// comes first. A point keeps no replication's metrics: a <see cref="KeyFigureProbe"/> takes what its figures need,
/// so on a cluster its blocks fold on the silos.
/// </summary>
public static class SweepRunner
{
    /// <param name="pointsDone">Reports how many points have finished.</param>
    public static async Task<SweepResult> RunAsync(ISimulationEngine engine, ScenarioModel scenario, IReadOnlyList<SweepAxis> axes,
        RunOptions options, IProgress<int>? pointsDone = null, CancellationToken cancellationToken = default)
    {
        var points = SweepGrid.Expand(axes);
        var rows = new List<SweepRow>(points.Count);
        IReadOnlyList<KeyFigureTarget>? targets = null;
        var question = ScenarioAnswerEvaluator.TargetOf(scenario);
        foreach (var point in points)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var probe = new KeyFigureProbe(options.Replications, question is { Subject: null } ? question.Agency : null);
            var pointOptions = options with { KeepReplications = false, Probe = CombinedProbe.Of(options.Probe, probe) };
            var run = await engine.RunAsync(point.ApplyTo(scenario), pointOptions, cancellationToken: cancellationToken);
            targets ??= KeyFigures.TargetsOf(run, question);
            rows.Add(new SweepRow(point.Settings.Select(s => s.Value).ToArray(), KeyFigures.Measure(run, targets), run.Result));
            pointsDone?.Report(rows.Count);
        }

        return new SweepResult(scenario.Name, options.Seed, options.Replications, axes.Select(a => a.Path.Text).ToArray(), rows);
    }
}
