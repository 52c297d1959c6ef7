namespace CoopSim.Studies.Answers;

/// <summary>
/// One headline number of a run with its 95% interval: <see cref="Figure"/> is <c>reach</c> or
/// <c>interception</c> (a share, 0–1), or <c>p50_h</c> / <c>p90_h</c> (hours to act, +∞ when most runs never
/// got there). <see cref="Target"/> is a country code, an agency id when <see cref="IsAgency"/> (the question's
/// agency), or a subject for interception.
/// </summary>
public sealed record KeyFigure(string Alert, string Target, string Figure, double Value, double Low, double High, bool IsAgency = false)
{
    public bool IsShare => Figure is KeyFigures.Reach or KeyFigures.Interception;
}
