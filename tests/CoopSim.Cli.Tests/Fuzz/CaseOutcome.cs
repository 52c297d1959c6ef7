namespace CoopSim.Cli.Tests.Fuzz;

/// <summary>What one command printed and returned inside a fuzz case.</summary>
public sealed record CaseOutcome(int ExitCode, string Out, string Error)
{
    public IEnumerable<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
}
