using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Model.World;

namespace CoopSim.Scenarios.Uncertainty;

/// <summary>
/// Every delay distribution and every channel loss of a world with the name a planner reads it by
/// (<c>channels.kr-vn-desk.latency</c>, <c>channels.vn-police-ncb.loss</c>, <c>agencies.uz.mia.handling(urgent)</c>,
/// <c>defaults.translation</c>) and its basis, for whole-world rules. Values that are always zero are left out:
/// no factor moves them.
/// </summary>
internal static class DelayCatalog
{
    public static IEnumerable<(DelayTarget Target, string Name, string? Basis)> Of(WorldModel world)
    {
        foreach (var c in world.Channels)
        {
            if (CanScale(c.Latency)) yield return (new DelayTarget(DelayKind.ChannelLatency, c.Id), $"channels.{c.Id}.latency", c.Latency.Basis);
            if (c.LossProbability > 0) yield return (new DelayTarget(DelayKind.ChannelLoss, c.Id), $"channels.{c.Id}.loss", c.LossBasis);
            if (c.TranslationDelay is { } t && CanScale(t)) yield return (new DelayTarget(DelayKind.ChannelTranslation, c.Id), $"channels.{c.Id}.translation", t.Basis);
            if (c.LegalReview is { } l && CanScale(l)) yield return (new DelayTarget(DelayKind.ChannelLegalReview, c.Id), $"channels.{c.Id}.legal-review", l.Basis);
        }

        foreach (var a in world.Agencies)
        {
            for (var i = 0; i < a.HandlingDelays.Count; i++)
            {
                var rule = a.HandlingDelays[i];
                if (!CanScale(rule.Delay)) continue;
                var label = string.Join("/", new[] { rule.Kind is { } k ? KebabCase.Of(k) : null, rule.Priority is { } p ? KebabCase.Of(p) : null }.Where(x => x is not null));
                var name = a.HandlingDelays.Count == 1 ? $"agencies.{a.Id}.handling" : $"agencies.{a.Id}.handling({(label.Length > 0 ? label : "any")})";
                yield return (new DelayTarget(DelayKind.AgencyHandling, a.Id, i), name, rule.Delay.Basis);
            }

            if (a.Hours.UrgentDutyDelay is { } u && CanScale(u)) yield return (new DelayTarget(DelayKind.AgencyUrgentDuty, a.Id), $"agencies.{a.Id}.urgent-duty", u.Basis);
        }

        var d = world.Defaults;
        (DelayKind Kind, string Name, DelayDistribution Delay)[] defaults =
        [
            (DelayKind.DefaultTranslation, "translation", d.Translation),
            (DelayKind.DefaultLegalReview, "legal-review", d.LegalReview),
            (DelayKind.DefaultUrgentDuty, "urgent-duty", d.UrgentDutyDelay),
            (DelayKind.DefaultHandling, "handling", d.Handling),
        ];
        foreach (var (kind, name, delay) in defaults.Where(x => CanScale(x.Delay)))
            yield return (new DelayTarget(kind, ""), "defaults." + name, delay.Basis);
    }

    /// <summary>
    /// Whether a basis says the value is an estimate: <c>estimate</c> or <c>"estimate: why"</c>; a value without a
    /// basis counts as one too. Every other basis names a source.
    /// </summary>
    public static bool IsEstimate(string? basis) =>
        basis is null || basis.TrimStart().StartsWith("estimate", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a delay can move at all under a factor (its largest value is above zero).</summary>
    public static bool CanScale(DelayDistribution delay) => delay switch
    {
        FixedDelay f => f.Value.Milliseconds > 0,
        _ => delay.Mean.Milliseconds > 0,
    };
}
