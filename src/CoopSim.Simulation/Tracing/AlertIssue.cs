namespace CoopSim.Simulation.Tracing;

/// <summary>An alert entering the network at its origin: the root of its trace.</summary>
public sealed record AlertIssue(string AlertId, string Origin, long IssuedAtMs);
