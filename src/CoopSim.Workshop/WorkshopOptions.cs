namespace CoopSim.Workshop;

/// <summary>
/// How the workshop server listens. Port 0 picks a free port (tests). <see cref="Present"/> opens the page in its
/// presenter view (the scenario's name and question, large labels, an end slide), made for a projector.
/// </summary>
public sealed record WorkshopOptions(string Host = "127.0.0.1", int Port = 5080, double Speed = 3600, bool Public = false, string? Token = null, bool Present = false);
