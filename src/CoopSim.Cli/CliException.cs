namespace CoopSim.Cli;

/// <summary>A failure the user caused or can fix: printed as one line, without a stack trace.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
