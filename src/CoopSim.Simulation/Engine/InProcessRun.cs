using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Kernel;

namespace CoopSim.Simulation.Engine;

/// <summary>One in-process run as its schedules see it: the compiled world, the options and the ordered fold they feed.</summary>
internal sealed class InProcessRun(CompiledWorld world, RunOptions options, OrderedFold fold, bool tracing, CancellationToken cancellationToken)
{
    public CompiledWorld World { get; } = world;

    public RunOptions Options { get; } = options;

    public OrderedFold Fold { get; } = fold;

    public bool Tracing { get; } = tracing;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public int Workers => Math.Max(1, Options.Workers);

    public int Left => Options.Replications - Fold.Done;

    /// <summary>A kernel whose windows are shared by <paramref name="partitions"/> workers (one: a plain event loop).</summary>
    public ReplicationKernel NewKernel(int partitions) => new(World, PartitionPlan.Create(World, partitions));

    /// <summary>
    /// The next replication on <paramref name="kernel"/>, folded in: straight from the kernel's state unless every
    /// replication's metrics are kept (then they are built anyway).
    /// </summary>
    public void RunNext(ReplicationKernel kernel)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (Fold.KeepsMetrics)
        {
            var (metrics, trace) = kernel.Run(Options.Seed, Fold.Done, Tracing, CancellationToken);
            Fold.Add(metrics, trace);
        }
        else
        {
            Fold.Folded(kernel.RunInto(Fold.Folder, Options.Seed, Fold.Done, Tracing, CancellationToken, Options.Probe));
        }
    }
}
