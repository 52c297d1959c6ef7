
namespace CoopSim.Orleans.Abstractions;

/// <summary>
/// Names a run across silos. Silos in the client's process use the plan the client compiled; any other
/// silo compiles the plan of <see cref="ScenarioHash"/> once, from files it asks <see cref="Source"/> for.
/// No file path crosses the wire: a silo on another machine needs no copy of the scenario.
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.run-spec")]
internal sealed record RunSpec
{
    [Id(0)] public required string RunId { get; init; }

    /// <summary>SHA-256 of the scenario's files and a study's changes to them (<c>ScenarioBundles.HashWith</c>); empty for a scenario built in memory.</summary>
    [Id(1)] public required string ScenarioHash { get; init; }

    /// <summary>The client's observer that hands out the files by hash; null where every silo shares the client's process.</summary>
    [Id(2)] public IScenarioSource? Source { get; init; }

    /// <summary>
    /// The hash of the scenario's files alone, and the study's changes to them for this run (<c>ScenarioChanges</c> text):
    /// a silo that holds the files already applies the changes itself, without asking the client again per point.
    /// </summary>
    [Id(9)] public string FilesHash { get; init; } = "";

    [Id(10)] public string Changes { get; init; } = "";

    [Id(3)] public required ulong Seed { get; init; }

    [Id(4)] public required bool Tracing { get; init; }

    [Id(5)] public required int AgencyCount { get; init; }

    /// <summary>The run has a per-replication probe: blocks keep what the fold shows it (see <c>RecordingProbe</c>).</summary>
    [Id(6)] public bool Probe { get; init; }

    /// <summary>The alerts whose records the run's probe reads (the answer's alert, or every alert for per-replication outcomes), as the client's probe bound it.</summary>
    [Id(7)] public int[] ProbeAlerts { get; init; } = [];

    /// <summary>The run's probe reads each record's hops and path delays (the replications file does; the answer does not), so blocks ship them.</summary>
    [Id(8)] public bool ProbePaths { get; init; }

    /// <summary>
    /// The client keeps a lease on the run's slot grains (a keep a second to each slot it called): a slot whose lease lapses
    /// stops the block it is running and ends (<c>AbandonedRunWatch</c>). Set by clients in another process than the silos;
    /// a silo in the client's process cannot outlive it.
    /// </summary>
    [Id(11)] public bool KeepsLease { get; init; }
}
