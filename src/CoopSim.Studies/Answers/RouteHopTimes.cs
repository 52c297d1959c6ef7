namespace CoopSim.Studies.Answers;

/// <summary>
/// One route to an agency (its agencies from the origin on) and, over the <see cref="Runs"/> replications that took
/// it, the mean time of each hop in seconds: from the moment one agency could act until the next one could.
/// </summary>
public sealed record RouteHopTimes(IReadOnlyList<string> Agencies, int Runs, IReadOnlyList<double> MeanSeconds);
