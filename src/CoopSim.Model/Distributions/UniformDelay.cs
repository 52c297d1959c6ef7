namespace CoopSim.Model.Distributions;

public sealed record UniformDelay(Duration Min, Duration Max) : DelayDistribution
{
    public override Duration Minimum => Min;
    public override Duration Mean => new((Min.Milliseconds + Max.Milliseconds) / 2);

    public override long SampleMilliseconds(ref SimRandom random) =>
        ToMilliseconds(Min.Milliseconds + random.NextDouble() * (Max.Milliseconds - Min.Milliseconds));

    public override string ToString() => $"uniform {Min}..{Max}";
}
