using System.CommandLine;

namespace CoopSim.Cli.Engines;

/// <summary>The <c>--cluster</c> option of the commands that run scenarios from their files (the files travel to the silos).</summary>
public static class ClusterOption
{
    public static Option<string?> Create() => new("--cluster")
    {
        Description = "With an Orleans engine: run on silos started with `coopsim silo` instead of the silo embedded in this process: "
            + "redis://HOST:PORT[/NAME] for a cluster on any machines, or [NAME@]GATEWAY_PORT[,PORT...] on this machine (e.g. dev@30000,30001).",
    };
}
