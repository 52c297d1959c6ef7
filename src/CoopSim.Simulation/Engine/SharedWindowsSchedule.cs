using CoopSim.Simulation.Kernel;

namespace CoopSim.Simulation.Engine;

/// <summary>
/// Each replication in turn, its conservative windows' agencies run by all the workers (docs/architecture.md, "The
/// kernel"): the way to spread one large replication, or too few to go round.
/// </summary>
internal static class SharedWindowsSchedule
{
    public static string Run(InProcessRun run, ReplicationKernel? windowed, string measured)
    {
        SequentialSchedule.Run(run, windowed ?? run.NewKernel(run.Workers));
        return $"each replication's windows shared by {run.Workers} workers{measured}";
    }
}
