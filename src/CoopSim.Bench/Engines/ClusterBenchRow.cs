namespace CoopSim.Bench.Engines;

/// <summary>
/// One line of <c>coopsim bench-cluster</c>: a workload on an engine and a number of silos, each on the same CPU
/// budget; <see cref="Efficiency"/> is replications per second over <see cref="Silos"/> times in-process on one budget.
/// </summary>
public sealed record ClusterBenchRow(string Workload, string Engine, int Silos, int Replications, double Seconds, double PerSecond, double Efficiency, string Spread);
