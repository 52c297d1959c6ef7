using CoopSim.Simulation.Kernel;

namespace CoopSim.Simulation.Engine;

/// <summary>Every replication left, one after another on one kernel (one worker, or a kernel whose windows are shared).</summary>
internal static class SequentialSchedule
{
    public static void Run(InProcessRun run, ReplicationKernel kernel)
    {
        while (run.Left > 0) run.RunNext(kernel);
    }
}
