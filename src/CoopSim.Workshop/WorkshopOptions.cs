namespace CoopSim.Workshop;

/// <summary>How the workshop server listens. Port 0 picks a free port (tests).</summary>
public sealed record WorkshopOptions(string Host = "127.0.0.1", int Port = 5080, double Speed = 3600, bool Public = false, string? Token = null);
