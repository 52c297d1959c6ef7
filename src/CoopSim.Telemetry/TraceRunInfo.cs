namespace CoopSim.Telemetry;

/// <summary>What the caller knows of a traced run beyond its scenario and seed, for the trace file's header.</summary>
public sealed record TraceRunInfo(string? Tool, string? ScenarioSha256, string? WorldSha256, int? Replications);
