namespace CoopSim.Simulation.Tracing;

/// <summary>
/// A subject in one traced replication: its stops, in itinerary order, and the stop where entry was blocked in time
/// (-1: none), decided by the kernel's own rule, so that a trace can say whether the alert did its job.
/// </summary>
public sealed record SubjectTrace(string Subject, IReadOnlyList<string> Alerts, int InterceptedAtStop, IReadOnlyList<StopTrace> Stops);
