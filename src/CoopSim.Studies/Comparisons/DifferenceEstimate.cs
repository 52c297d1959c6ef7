namespace CoopSim.Studies.Comparisons;

/// <summary>Variant minus base, with a 95% interval; <see cref="Base"/> and <see cref="Variant"/> are the two estimates.</summary>
public sealed record DifferenceEstimate(double Base, double Variant, double Difference, double Low, double High)
{
    /// <summary>True when the interval excludes zero: the runs differ beyond chance.</summary>
    public bool Significant => !double.IsNaN(Low) && (Low > 0 || High < 0);
}
