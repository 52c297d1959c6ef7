using CoopSim.Cli.Options;

namespace CoopSim.Cli.Commands;

/// <summary>The parsed `run` command line.</summary>
internal sealed record RunRequest(
    string Scenario,
    int? Runs,
    ulong? Seed,
    int Workers,
    OutputFormat Format,
    string? Output,
    string Engine,
    string? Cluster,
    bool TraceOrleans,
    bool Quiet,
    IReadOnlyList<string> Trace,
    Telemetry.TraceTimeMode TraceTime)
{
    /// <summary>Say on stderr how the engine spread the work.</summary>
    public bool Verbose { get; init; }

    /// <summary>Where to write every replication's outcomes (.parquet or .csv), or null.</summary>
    public string? ReplicationsFile { get; init; }

    /// <summary>How long a client of <see cref="Cluster"/> waits for it to come back (<c>--cluster-wait</c>).</summary>
    public TimeSpan ClusterWait { get; init; } = ClusterWaitText.Default;
}
