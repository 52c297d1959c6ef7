namespace CoopSim.Telemetry;

/// <summary>
/// What <see cref="TraceFile.ReadAll"/> read: the header (null for a file written before there was one), the spans
/// kept, and every replication number the file holds, kept or not.
/// </summary>
public sealed record TraceContents(TraceFileHeader? Header, IReadOnlyList<SpanRecord> Spans, IReadOnlyCollection<int> Replications);
