namespace CoopSim.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The run worked but a check failed, or the run itself failed.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: a scenario, world or command line that does not validate.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped: by Ctrl-C (SIGINT), or by a cancelled token when the CLI runs inside a test.</summary>
    public const int Cancelled = 130;

    /// <summary>Stopped by Ctrl-C (SIGINT): 128 + 2, as a shell reports it.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (kill, systemd, a container runtime): 128 + 15.</summary>
    public const int Terminated = 143;
}
