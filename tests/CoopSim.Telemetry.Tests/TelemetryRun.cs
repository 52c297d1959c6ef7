using CoopSim.Scenarios;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Tracing;
using CoopSim.Tests.Shared;

namespace CoopSim.Telemetry.Tests;

/// <summary>Runs a real scenario with a telemetry session, and records the hops the engine produced for comparison.</summary>
internal static class TelemetryRun
{
    // Activity listeners are process-wide: tests that export spans must not overlap.
    public static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<List<ReplicationTrace>> RunAsync(string scenarioFile, int replications, TelemetrySession session)
    {
        var scenario = ScenarioLoader.Load(RepoPaths.Scenario(scenarioFile)).Value!;
        var recorder = new Recorder(session.Observer);
        await new InProcessEngine().RunAsync(scenario, new RunOptions(replications, 7, 2), recorder);
        return recorder.Traces;
    }

    public static Model.Scenario.ScenarioModel Load(string scenarioFile) => ScenarioLoader.Load(RepoPaths.Scenario(scenarioFile)).Value!;

    private sealed class Recorder(ISimulationObserver inner) : ISimulationObserver
    {
        public List<ReplicationTrace> Traces { get; } = [];

        public void OnReplication(ReplicationTrace trace)
        {
            Traces.Add(trace);
            inner.OnReplication(trace);
        }
    }
}
