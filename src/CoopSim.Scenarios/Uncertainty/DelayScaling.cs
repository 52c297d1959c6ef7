using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Model.World;

namespace CoopSim.Scenarios.Uncertainty;

/// <summary>
/// Multiplies whole delay distributions by factors (every duration in them: minimum, median, p90, maximum), the
/// way a whole-world rule varies "every estimate by a factor of 2". A minimum above zero stays above zero, so a
/// scaled channel still bounds the kernel's lookahead. A channel's loss probability is scaled the same way, up to 1.
/// </summary>
internal static class DelayScaling
{
    public static DelayDistribution Scale(DelayDistribution delay, double factor) => delay switch
    {
        FixedDelay f => f with { Value = Times(f.Value, factor) },
        UniformDelay u => u with { Min = Times(u.Min, factor), Max = Times(u.Max, factor) },
        LogNormalDelay l => l with { Median = Times(l.Median, factor), P90 = Times(l.P90, factor), Min = Times(l.Min, factor) },
        ShiftedExponentialDelay e => e with { Min = Times(e.Min, factor), MeanValue = Times(e.MeanValue, factor) },
        EmpiricalDelay t => t with { Points = t.Points.Select(p => p with { Value = Times(p.Value, factor) }).ToArray() },
        _ => throw new ArgumentOutOfRangeException(nameof(delay), delay, "unknown delay distribution"),
    };

    /// <summary>The world with each named delay scaled by its factor; delays not named stay as they are.</summary>
    public static WorldModel Apply(WorldModel world, IReadOnlyDictionary<DelayTarget, double> factors)
    {
        if (factors.Count == 0) return world;
        DelayDistribution S(DelayTarget target, DelayDistribution d) => factors.TryGetValue(target, out var f) ? Scale(d, f) : d;
        DelayDistribution? N(DelayTarget target, DelayDistribution? d) => d is null ? null : S(target, d);

        var channels = world.Channels.Select(c => c with
        {
            Latency = S(new DelayTarget(DelayKind.ChannelLatency, c.Id), c.Latency),
            TranslationDelay = N(new DelayTarget(DelayKind.ChannelTranslation, c.Id), c.TranslationDelay),
            LegalReview = N(new DelayTarget(DelayKind.ChannelLegalReview, c.Id), c.LegalReview),
            LossProbability = factors.TryGetValue(new DelayTarget(DelayKind.ChannelLoss, c.Id), out var f) ? Math.Min(1, c.LossProbability * f) : c.LossProbability,
        }).ToArray();
        var agencies = world.Agencies.Select(a => a with
        {
            HandlingDelays = a.HandlingDelays.Select((h, i) => h with { Delay = S(new DelayTarget(DelayKind.AgencyHandling, a.Id, i), h.Delay) }).ToArray(),
            Hours = a.Hours with { UrgentDutyDelay = N(new DelayTarget(DelayKind.AgencyUrgentDuty, a.Id), a.Hours.UrgentDutyDelay) },
        }).ToArray();
        var d = world.Defaults;
        var defaults = new WorldDefaults(
            S(new DelayTarget(DelayKind.DefaultTranslation, ""), d.Translation),
            S(new DelayTarget(DelayKind.DefaultLegalReview, ""), d.LegalReview),
            S(new DelayTarget(DelayKind.DefaultUrgentDuty, ""), d.UrgentDutyDelay),
            S(new DelayTarget(DelayKind.DefaultHandling, ""), d.Handling));
        return world with { Channels = channels, Agencies = agencies, Defaults = defaults };
    }

    private static Duration Times(Duration d, double factor)
    {
        if (d.Milliseconds <= 0) return d;
        return new Duration(Math.Max(1, (long)Math.Round(d.Milliseconds * factor)));
    }
}
