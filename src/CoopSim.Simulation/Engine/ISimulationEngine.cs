using CoopSim.Model.Scenario;

namespace CoopSim.Simulation.Engine;

/// <summary>Runs a scenario's replications. Engines differ only in where agencies live.</summary>
public interface ISimulationEngine
{
    string Name { get; }

    Task<SimulationRun> RunAsync(
        ScenarioModel scenario,
        RunOptions options,
        ISimulationObserver? observer = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default);
}
