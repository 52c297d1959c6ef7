namespace CoopSim.Workshop;

/// <summary>
/// A hop as the page animates it: times are simulated milliseconds since the epoch (-1 where there is
/// none: a lost message never arrives). <see cref="Channel"/> is empty for an alert's issue at its origin.
/// </summary>
public sealed record TimelineHop(
    int Id,
    string Alert,
    string AlertKind,
    string From,
    string To,
    string Channel,
    long SentMs,
    long ArrivedMs,
    long ActMs,
    string Outcome,
    long IssuedMs,
    double TransitSeconds,
    double WaitSeconds);
