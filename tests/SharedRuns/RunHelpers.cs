using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;

namespace CoopSim.Simulation.Tests;

internal static class RunHelpers
{
    public static SimulationRun Run(ScenarioModel scenario, int replications, ulong seed = 7, int workers = 1,
        ParallelMode mode = ParallelMode.Auto, ISimulationObserver? observer = null) =>
        new InProcessEngine().RunAsync(scenario, new RunOptions(replications, seed, workers, mode), observer).GetAwaiter().GetResult();
}
