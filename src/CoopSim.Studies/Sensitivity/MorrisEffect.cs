namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// Morris statistics of one input: <see cref="MuStar"/>, the mean absolute elementary effect (how much the
/// input moves the output, with its bootstrap interval over trajectories), <see cref="Mu"/> the signed mean,
/// and <see cref="Sigma"/> their standard deviation (large when the input interacts or acts non-linearly).
/// </summary>
public sealed record MorrisEffect(int Parameter, double Mu, Estimate MuStar, double Sigma);
