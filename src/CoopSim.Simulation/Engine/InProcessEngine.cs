using System.Diagnostics;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Fold;

namespace CoopSim.Simulation.Engine;

/// <summary>
/// All agencies in this process (docs/architecture.md, "Engines"). Workers either share each window's partitions or
/// run whole replications side by side (<see cref="ScheduleChooser"/>); either way every replication is the same run,
/// and results are taken in replication order (<see cref="OrderedFold"/>), so the output does not depend on
/// <see cref="RunOptions.Workers"/>.
/// </summary>
public sealed class InProcessEngine : ISimulationEngine
{
    public string Name => "inproc";

    public Task<SimulationRun> RunAsync(
        ScenarioModel scenario,
        RunOptions options,
        ISimulationObserver? observer = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default) =>
        Task.Run(() => Run(scenario, options, observer, progress, cancellationToken), cancellationToken);

    private static SimulationRun Run(ScenarioModel scenario, RunOptions options, ISimulationObserver? observer,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Replications, 1);
        var began = Stopwatch.GetTimestamp();
        var world = CompiledWorld.Compile(scenario);
        var index = ResultAggregator.IndexOf(world);
        options.Probe?.Bind(index);
        var fold = new OrderedFold(new ResultFolder(world, options.Seed), options, observer, progress);
        var compiled = Stopwatch.GetTimestamp();

        var schedule = ScheduleChooser.Run(new InProcessRun(world, options, fold, observer is not null, cancellationToken));

        var simulated = Stopwatch.GetTimestamp();
        var result = fold.Folder.Finish();
        var finished = Stopwatch.GetTimestamp();
        var phases = new RunPhases(Seconds(compiled - began), Seconds(simulated - compiled), Seconds(fold.Folder.FoldTicks), Seconds(finished - simulated));
        return new SimulationRun(result, index, fold.Kept) { Schedule = schedule, Phases = phases, Probe = options.Probe };
    }

    private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;
}
