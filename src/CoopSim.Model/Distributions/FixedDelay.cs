namespace CoopSim.Model.Distributions;

public sealed record FixedDelay(Duration Value) : DelayDistribution
{
    public override Duration Minimum => Value;
    public override Duration Mean => Value;
    public override long SampleMilliseconds(ref SimRandom random) => Value.Milliseconds;
    public override string ToString() => $"fixed {Value}";
}
