namespace CoopSim.Bench.Validation;

/// <summary>
/// One check on one generated world: what the closed form says, what the run measured, and the interval the
/// measurement must fall in. Exact checks have an interval of one point.
/// </summary>
public sealed record CheckOutcome(string Check, double Expected, double Measured, double Low, double High, string Unit)
{
    public bool Passed => Measured >= Low && Measured <= High;

    public static CheckOutcome Exact(string check, double expected, double measured, string unit) =>
        new(check, expected, measured, expected, expected, unit);

    /// <summary>A statistic that must stay below its critical value (a KS distance).</summary>
    public static CheckOutcome AtMost(string check, double measured, double critical) =>
        new(check, 0, measured, 0, critical, "");

    /// <summary>An estimate with standard error <paramref name="se"/>, accepted within ±z·se of the closed form.</summary>
    public static CheckOutcome Within(string check, double expected, double measured, double se, double z, string unit) =>
        new(check, expected, measured, expected - z * se, expected + z * se, unit);
}
