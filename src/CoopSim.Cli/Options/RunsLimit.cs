using CoopSim.Model.Scenario;

namespace CoopSim.Cli.Options;

/// <summary>The check of <c>--runs</c> that every command running replications makes, worded alike for all of them.</summary>
internal static class RunsLimit
{
    /// <summary>
    /// Throws the one-line error unless <paramref name="runs"/> is absent (the scenario's own count) or from 1 to
    /// <paramref name="most"/>: <see cref="RunSettings.MaxReplications"/> for commands that keep every replication.
    /// </summary>
    public static void Check(int? runs, int most = RunSettings.MaxReplications)
    {
        if (runs < 1 || runs > most) throw new CliException($"coopsim: error: --runs must be from 1 to {most:N0}");
    }
}
