namespace CoopSim.Model.Distributions;

/// <summary><c>Min + Exp</c> where the exponential part has mean <c>Mean - Min</c>.</summary>
public sealed record ShiftedExponentialDelay(Duration Min, Duration MeanValue) : DelayDistribution
{
    public override Duration Minimum => Min;
    public override Duration Mean => MeanValue;

    /// <summary>Rate of the exponential part, per millisecond.</summary>
    public double RatePerMillisecond => 1.0 / (MeanValue.Milliseconds - Min.Milliseconds);

    public override long SampleMilliseconds(ref SimRandom random) =>
        ToMilliseconds(Min.Milliseconds - Math.Log(random.NextOpenDouble()) * (MeanValue.Milliseconds - Min.Milliseconds));

    public override string ToString() => $"exponential min {Min} mean {MeanValue}";
}
