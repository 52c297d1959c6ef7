using CoopSim.Model.Distributions;

namespace CoopSim.Model.World;

/// <summary>Delays that apply where an agency or channel names none (estimates, not published figures: seeds/defaults.yaml gives each its basis, seeds/SOURCES.md says how to read them).</summary>
public sealed record WorldDefaults(
    DelayDistribution Translation,
    DelayDistribution LegalReview,
    DelayDistribution UrgentDutyDelay,
    DelayDistribution Handling)
{
    public static readonly WorldDefaults Standard = new(
        new UniformDelay(Duration.FromHours(2), Duration.FromHours(48)) { Basis = "estimate" },
        new UniformDelay(Duration.FromHours(4), Duration.FromDays(5)) { Basis = "estimate" },
        new UniformDelay(Duration.Zero, Duration.FromHours(2)) { Basis = "estimate" },
        new FixedDelay(Duration.Zero) { Basis = "estimate" });
}
