using CoopSim.Simulation.Engine;

namespace CoopSim.Cli;

/// <summary>Picks the engine a run asked for.</summary>
public static class EngineSelector
{
    public static ISimulationEngine Create(string name) => name switch
    {
        "inproc" => new InProcessEngine(),
        _ => throw new CliException(
            "coopsim: error: this build has no Orleans engine; rebuild with -p:Orleans=true and an Orleans package source (see docs/orleans.md)"),
    };
}
