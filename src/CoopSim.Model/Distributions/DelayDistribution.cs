namespace CoopSim.Model.Distributions;

/// <summary>
/// A distribution of simulated delays. Every draw is at least <see cref="Minimum"/>; channel latencies
/// must have a minimum above zero because the kernel's lookahead is built from it (docs/architecture.md, "The kernel").
/// </summary>
public abstract record DelayDistribution
{
    /// <summary>Where the numbers come from: a source URL, a seed article, or <c>estimate</c>.</summary>
    public string? Basis { get; init; }

    /// <summary>The smallest value a draw can take.</summary>
    public abstract Duration Minimum { get; }

    /// <summary>The distribution's mean, for reports and closed-form tests.</summary>
    public abstract Duration Mean { get; }

    /// <summary>Draws one delay in milliseconds; always consumes the same number of random values per call.</summary>
    public abstract long SampleMilliseconds(ref SimRandom random);

    /// <summary>
    /// Clamps and rounds a continuous draw (in milliseconds) onto the millisecond grid. A heavy tail can draw
    /// more than a long holds (or infinity); such draws become <see cref="Duration.MaxMilliseconds"/>, far beyond
    /// any horizon, so the hop counts as not reached instead of wrapping round to a time in the past.
    /// </summary>
    protected long ToMilliseconds(double value)
    {
        if (!(value < Duration.MaxMilliseconds)) return Duration.MaxMilliseconds;
        var ms = (long)Math.Round(value);
        var min = Minimum.Milliseconds;
        return ms < min ? min : ms;
    }
}
