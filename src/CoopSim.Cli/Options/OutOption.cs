using System.CommandLine;

namespace CoopSim.Cli.Options;

/// <summary>The <c>--out</c> option of every command that writes a result: one file, written whole or not at all (<see cref="CommandOutput"/>).</summary>
internal static class OutOption
{
    public static Option<string?> Create(string description = "Write to this file instead of stdout (written whole, or not at all).") =>
        new("--out", "-o") { Description = description };
}
