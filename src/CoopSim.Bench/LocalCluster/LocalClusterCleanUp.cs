namespace CoopSim.Bench.LocalCluster;

/// <summary>
/// For a process about to end without unwinding (Ctrl-C past its grace): SIGKILLs the Redis and silo processes it
/// started and removes their CPU budgets, so an interrupted <c>bench-cluster</c> leaves nothing running.
/// </summary>
public static class LocalClusterCleanUp
{
    public static void Now()
    {
        ChildProcess.KillAllStarted(TimeSpan.FromSeconds(1));
        CpuBudget.RemoveAllMade();
    }
}
