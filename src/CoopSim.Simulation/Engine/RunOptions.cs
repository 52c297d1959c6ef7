using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;

namespace CoopSim.Simulation.Engine;

/// <summary>
/// How to run a scenario. <see cref="Workers"/> never changes a result, only how fast it comes
/// (docs/architecture.md, "The determinism contract"). <see cref="KeepReplications"/> keeps every replication's raw metrics in
/// <see cref="SimulationRun.Replications"/> (paired comparisons and expectations need them); without it a
/// run's memory does not grow with its replications and that list is empty. <see cref="Probe"/>, when given, takes
/// the one number per replication a scenario's answer needs as replications are folded (kept or not), and the run
/// returns them as <see cref="SimulationRun.Answer"/>.
/// </summary>
public sealed record RunOptions(int Replications, ulong Seed, int Workers = 1, ParallelMode Parallelism = ParallelMode.Auto, bool KeepReplications = true,
    IReplicationProbe? Probe = null);
