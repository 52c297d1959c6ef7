using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Engine;

/// <summary>
/// Sees every replication's hops. Engines call it from one thread, in replication order, so that what an
/// observer writes is as deterministic as the results.
/// </summary>
public interface ISimulationObserver
{
    void OnReplication(ReplicationTrace trace);
}
