namespace CoopSim.Studies.Sweeps;

/// <summary>
/// A sweep: every grid point run with the same seed and replications (common random numbers), so neighbouring
/// points differ by the parameter, not by luck.
/// </summary>
public sealed record SweepResult(string Scenario, ulong Seed, int Replications, IReadOnlyList<string> Parameters, IReadOnlyList<SweepRow> Rows);
