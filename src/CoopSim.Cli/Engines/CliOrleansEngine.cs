using CoopSim.Model.Scenario;
using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Hosting;
using CoopSim.Simulation.Engine;

namespace CoopSim.Cli.Engines;

/// <summary>
/// Reports a cluster failure as one line and exit code 1. The run command writes output only after the
/// engine returned, so a failed run leaves no partial result behind.
/// </summary>
internal sealed class CliOrleansEngine(OrleansEngine inner) : ISimulationEngine
{
    public string Name => inner.Name;

    public async Task<SimulationRun> RunAsync(ScenarioModel scenario, RunOptions options, ISimulationObserver? observer = null,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.RunAsync(scenario, options, observer, progress, cancellationToken);
        }
        catch (OrleansRunFailedException ex)
        {
            throw new CliException(ex.Message, ExitCodes.Failed);
        }
        catch (OrleansHostingException ex)
        {
            throw new CliException(ex.Message, ExitCodes.Failed);
        }
    }
}
