namespace CoopSim.Studies.Sensitivity;

/// <summary>An estimated index with its bootstrap 95% interval (percentile method).</summary>
public sealed record Estimate(double Value, double Low, double High)
{
    public bool Contains(double x) => x >= Low && x <= High;
}
