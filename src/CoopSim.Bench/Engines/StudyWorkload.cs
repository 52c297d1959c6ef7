namespace CoopSim.Bench.Engines;

/// <summary>
/// A study timed as whole <c>coopsim</c> processes (<see cref="StudyBenchmark"/>): its command and arguments without
/// <c>--runs</c>, <c>--engine</c> or <c>--cluster</c>, the replications of each point, and how many points its JSON says it ran.
/// </summary>
public sealed record StudyWorkload(string Name, IReadOnlyList<string> Arguments, int RunsPerPoint, Func<string, int> PointsOf);
