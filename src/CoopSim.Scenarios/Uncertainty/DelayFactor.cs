namespace CoopSim.Scenarios.Uncertainty;

/// <summary>A whole delay distribution of the world (or a channel's loss) multiplied by <see cref="Factor"/> (see <see cref="DelayScaling"/>).</summary>
public sealed record DelayFactor(DelayTarget Target, double Factor);
