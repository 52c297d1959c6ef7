using System.CommandLine;

namespace CoopSim.Cli.Engines;

/// <summary>The <c>--engine</c> option of every command that runs scenarios: Orleans grains unless told otherwise.</summary>
internal static class EngineOption
{
    public static Option<string> Create()
    {
        var engine = new Option<string>("--engine")
        {
            Description = "Where agencies live: orleans (a grain per agency, in a silo embedded in this process unless --cluster), "
                + "orleans-replications (whole replications on grains spread over silos) or inproc (the single-process reference kernel).",
            DefaultValueFactory = _ => EngineFactory.Orleans,
        };
        engine.AcceptOnlyFromAmong([.. EngineFactory.EngineNames]);
        return engine;
    }
}
