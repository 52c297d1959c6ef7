namespace CoopSim.Studies.Advice;

/// <summary>
/// An objective before and after a change, and the gain (positive = better) with its paired 95% interval.
/// Shares are 0–1, times in hours (+∞ = never). A time gain is +∞ when the change makes a never into a
/// sometime (−∞ the other way round; no interval then), and NaN when neither run reaches the percentile.
/// </summary>
public sealed record Gain(double Before, double After, double Value, double Low, double High)
{
    public bool IsMeasurable => !double.IsNaN(Value);
}
