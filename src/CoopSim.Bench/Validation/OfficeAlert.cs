namespace CoopSim.Bench.Validation;

/// <summary>An alert of an office-hours world: its id, priority and issue time (minutes after the start).</summary>
internal sealed record OfficeAlert(string Id, bool Urgent, long AtMinutes);
