namespace CoopSim.Simulation.Statistics;

/// <summary>A probability estimated from <see cref="Successes"/> of <see cref="N"/>, with a 95% Wilson score interval.</summary>
public sealed record Proportion(int Successes, int N, double Value, double CiLow, double CiHigh);
