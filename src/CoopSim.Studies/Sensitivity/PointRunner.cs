using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Probes;
using CoopSim.Studies.Scheduling;

namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// Runs the points of a design side by side — <see cref="Concurrency"/> at once, on any engine — every point with
/// the same seed and replications (common random numbers), and returns one output per point in design order, so
/// the result does not depend on which point finished first. A point keeps no replication's metrics when its measure
/// says which figure it samples (<see cref="OutputMeasure.Sampled"/>).
/// </summary>
public sealed class PointRunner(ISimulationEngine engine, ScenarioModel scenario, UncertaintyModel model, OutputMeasure measure, RunOptions options, int concurrency)
{
    public int Concurrency { get; } = Math.Max(1, concurrency);

    /// <summary>Points done so far over every call (a study's designs share one progress count).</summary>
    public int Done => _done;

    private int _done;

    /// <param name="points">Unit-cube coordinates, one per input; NaN leaves that input as the scenario has it.</param>
    /// <param name="seeds">A seed per point instead of the options' one (two-level Monte Carlo wants independent runs per point).</param>
    public async Task<double[]> RunAsync(IReadOnlyList<double[]> points, IProgress<int>? progress, CancellationToken cancellationToken,
        IReadOnlyList<ulong>? seeds = null)
    {
        var outputs = new double[points.Count];
        await Task.WhenAll(SideBySide.Start(points.Count, Concurrency, async index =>
        {
            var pointOptions = seeds is null ? options : options with { Seed = seeds[index] };
            // The measure's values taken as the run folds: no replication's metrics kept, so a cluster folds on its silos.
            if (measure.Sampled is { } sampled)
                pointOptions = pointOptions with { KeepReplications = false, Probe = CombinedProbe.Of(pointOptions.Probe, new AnswerProbe(sampled, pointOptions.Replications)) };
            var run = await engine.RunAsync(model.ApplyTo(scenario, points[index]), pointOptions, cancellationToken: cancellationToken);
            outputs[index] = measure.Measure(run);
            // Counted apart from the report: a null progress would skip an increment written as its argument.
            var done = Interlocked.Increment(ref _done);
            progress?.Report(done);
            return index;
        }, cancellationToken));
        return outputs;
    }
}
