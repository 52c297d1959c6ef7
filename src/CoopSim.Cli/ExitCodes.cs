namespace CoopSim.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The run worked but a check failed, or the run itself failed.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: a scenario, world or command line that does not validate.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped with Ctrl-C.</summary>
    public const int Cancelled = 130;
}
