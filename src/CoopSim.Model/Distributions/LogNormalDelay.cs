namespace CoopSim.Model.Distributions;

/// <summary>
/// Lognormal given its median and 90th percentile, the two figures people can actually estimate,
/// clamped below at <see cref="Min"/>.
/// </summary>
public sealed record LogNormalDelay(Duration Median, Duration P90, Duration Min) : DelayDistribution
{
    /// <summary>The standard normal's 90th percentile.</summary>
    public const double Z90 = 1.2815515655446004;

    public double Mu => Math.Log(Median.Milliseconds);
    public double Sigma => (Math.Log(P90.Milliseconds) - Math.Log(Median.Milliseconds)) / Z90;

    public override Duration Minimum => Min;
    public override Duration Mean => new((long)Math.Round(Math.Exp(Mu + Sigma * Sigma / 2)));

    public override long SampleMilliseconds(ref SimRandom random) =>
        ToMilliseconds(Math.Exp(Mu + Sigma * random.NextStandardNormal()));

    public override string ToString() => $"lognormal median {Median} p90 {P90} min {Min}";
}
