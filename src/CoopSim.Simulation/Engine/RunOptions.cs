namespace CoopSim.Simulation.Engine;

/// <summary>
/// How to run a scenario. <see cref="Workers"/> never changes a result, only how fast it comes
/// (DESIGN.md §3 contract).
/// </summary>
public sealed record RunOptions(int Replications, ulong Seed, int Workers = 1, ParallelMode Parallelism = ParallelMode.Auto);
