using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Probes;
using CoopSim.Studies.Scheduling;

namespace CoopSim.Studies.Sweeps;

/// <summary>
/// Runs a sweep's grid on any engine, each point with the same seed. The key figures' targets come from the first
/// point, so every row has the same columns; the question's agency, when it names one, comes first. A point keeps no
/// replication's metrics: a <see cref="KeyFigureProbe"/> takes what its figures need, so on a cluster its blocks fold on
/// the silos. After the first point, up to <c>pointsSideBySide</c> points run at once (on a cluster, one point's last
/// blocks and fixed costs then overlap the next point's work); rows stay in grid order, so the bytes do not change.
/// </summary>
public static class SweepRunner
{
    /// <param name="pointsDone">Reports how many points have finished.</param>
    /// <param name="pointsSideBySide">Points run at once after the first; 1 runs them one after another.</param>
    public static async Task<SweepResult> RunAsync(ISimulationEngine engine, ScenarioModel scenario, IReadOnlyList<SweepAxis> axes,
        RunOptions options, IProgress<int>? pointsDone = null, CancellationToken cancellationToken = default, int pointsSideBySide = 1)
    {
        var points = SweepGrid.Expand(axes);
        var rows = new SweepRow[points.Count];
        var question = ScenarioAnswerEvaluator.TargetOf(scenario);
        var done = 0;
        async Task<SimulationRun> RunPointAsync(int index)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var probe = new KeyFigureProbe(options.Replications, question is { Subject: null } ? question.Agency : null);
            var pointOptions = options with { KeepReplications = false, Probe = CombinedProbe.Of(options.Probe, probe) };
            return await engine.RunAsync(points[index].ApplyTo(scenario), pointOptions, cancellationToken: cancellationToken);
        }

        void Measured(int index, SimulationRun run, IReadOnlyList<KeyFigureTarget> targets)
        {
            rows[index] = new SweepRow(points[index].Settings.Select(s => s.Value).ToArray(), KeyFigures.Measure(run, targets), run.Result);
            pointsDone?.Report(Interlocked.Increment(ref done));
        }

        var first = await RunPointAsync(0);
        var targets = KeyFigures.TargetsOf(first, question);
        Measured(0, first, targets);
        // A probe of the caller's sees one point at a time.
        var sideBySide = options.Probe is null ? Math.Max(1, pointsSideBySide) : 1;
        await Task.WhenAll(SideBySide.Start(points.Count - 1, sideBySide, async i =>
        {
            var index = i + 1;
            Measured(index, await RunPointAsync(index), targets);
            return index;
        }, cancellationToken));

        return new SweepResult(scenario.Name, options.Seed, options.Replications, axes.Select(a => a.Path.Text).ToArray(), rows);
    }
}
