namespace CoopSim.Bench.Telemetry;

/// <summary>
/// What tracing costs on one scenario: the same replications with tracing off, with the observer attached but
/// nothing listening (what the engine's hop recording costs), and with every span written to a JSON-lines file. Seconds are the best of several rounds.
/// </summary>
public sealed record TelemetryOverheadResult(
    string Scenario,
    int Replications,
    long Events,
    long Spans,
    double OffSeconds,
    double UnheardSeconds,
    double JsonLinesSeconds,
    double SessionStartSeconds)
{
    public double OffEventsPerSecond => Events / OffSeconds;

    public double JsonLinesEventsPerSecond => Events / JsonLinesSeconds;

    /// <summary>Extra wall time per exported span, in microseconds.</summary>
    public double MicrosecondsPerSpan => Spans == 0 ? 0 : (JsonLinesSeconds - OffSeconds) * 1e6 / Spans;

    public double Slowdown => JsonLinesSeconds / OffSeconds;
}
