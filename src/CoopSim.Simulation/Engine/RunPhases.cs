namespace CoopSim.Simulation.Engine;

/// <summary>
/// Where an in-process run's wall-clock time went, for the benchmark and for --verbose; measured around the
/// simulation, never inside it, and never part of the result. <see cref="FoldSeconds"/> is the time spent turning
/// replications into summaries (regrouping records, path sums, folding), part of <see cref="ReplicationsSeconds"/>
/// with one worker; with several it is summed over the workers that folded.
/// </summary>
public sealed record RunPhases(double CompileSeconds, double ReplicationsSeconds, double FoldSeconds, double FinishSeconds)
{
    /// <summary>The event loops' share of the replications (one worker): what is not folding.</summary>
    public double SimulateSeconds => Math.Max(0, ReplicationsSeconds - FoldSeconds);

    public double TotalSeconds => CompileSeconds + ReplicationsSeconds + FinishSeconds;
}
