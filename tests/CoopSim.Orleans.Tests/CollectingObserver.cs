using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Orleans.Tests;

internal sealed class CollectingObserver : ISimulationObserver
{
    public List<ReplicationTrace> Traces { get; } = [];

    public void OnReplication(ReplicationTrace trace) => Traces.Add(trace);
}
