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
    /// <param name="pointsInFlight">
    /// Points run at once after the first (which alone fixes the rows' columns). One in this process, where a point uses
    /// every worker; more on a cluster, where a point's time is mostly waiting. Rows come back in grid order either way.
    /// </param>
    public static async Task<SweepResult> RunAsync(ISimulationEngine engine, ScenarioModel scenario, IReadOnlyList<SweepAxis> axes,
        RunOptions options, IProgress<int>? pointsDone = null, int pointsInFlight = 1, CancellationToken cancellationToken = default)
    {
        var points = SweepGrid.Expand(axes);
        var question = ScenarioAnswerEvaluator.TargetOf(scenario);
        var rows = new SweepRow[points.Count];
        var done = 0;
        var first = await RunPointAsync(0);
        var targets = KeyFigures.TargetsOf(first, question);
        rows[0] = Row(points[0], first, targets);
        pointsDone?.Report(++done);

        using var gate = new SemaphoreSlim(Math.Max(1, pointsInFlight));
        var running = new List<Task>(points.Count);
        for (var i = 1; i < points.Count; i++)
        {
            await gate.WaitAsync(cancellationToken);
            var index = i;
            running.Add(Task.Run(async () =>
            {
                try
                {
                    // Measured as soon as it ends, so a point's per-replication figures are dropped with it.
                    rows[index] = Row(points[index], await RunPointAsync(index), targets);
                    pointsDone?.Report(Interlocked.Increment(ref done));
                }
                finally
                {
                    gate.Release();
                }
            }, cancellationToken));
        }

        await Task.WhenAll(running);
        return new SweepResult(scenario.Name, options.Seed, options.Replications, axes.Select(a => a.Path.Text).ToArray(), rows);

        async Task<SimulationRun> RunPointAsync(int index)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var probe = new KeyFigureProbe(options.Replications, question is { Subject: null } ? question.Agency : null);
            var pointOptions = options with { KeepReplications = false, Probe = CombinedProbe.Of(options.Probe, probe) };
            return await engine.RunAsync(points[index].ApplyTo(scenario), pointOptions, cancellationToken: cancellationToken);
        }
    }

    private static SweepRow Row(SweepPoint point, SimulationRun run, IReadOnlyList<KeyFigureTarget> targets) =>
        new(point.Settings.Select(s => s.Value).ToArray(), KeyFigures.Measure(run, targets), run.Result);
}
