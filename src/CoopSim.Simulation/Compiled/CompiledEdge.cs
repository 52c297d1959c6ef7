using CoopSim.Model.Distributions;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;

namespace CoopSim.Simulation.Compiled;

/// <summary>One direction of a channel, with everything a send needs resolved ahead of the run.</summary>
internal sealed class CompiledEdge(
    int index,
    int channel,
    int from,
    int to,
    DelayDistribution latency,
    double loss,
    DelayDistribution? translation,
    DelayDistribution? legalReview,
    CompiledOutage[] outages,
    FollowUp? followUp = null)
{
    public int Index { get; } = index;
    public int Channel { get; } = channel;
    public int From { get; } = from;
    public int To { get; } = to;
    public DelayDistribution Latency { get; } = latency;
    public double Loss { get; } = loss;

    /// <summary>Null when the hop needs no translation.</summary>
    public DelayDistribution? Translation { get; } = translation;

    /// <summary>Null when the hop needs no legal review.</summary>
    public DelayDistribution? LegalReview { get; } = legalReview;

    /// <summary>Outage windows of the channel, sorted by start.</summary>
    public CompiledOutage[] Outages { get; } = outages;

    /// <summary>Null when a dropped or lost message is never sent again.</summary>
    public FollowUp? FollowUp { get; } = followUp;
}

/// <summary>A channel outage window in simulated milliseconds.</summary>
internal readonly record struct CompiledOutage(long FromMs, long UntilMs, OutageMode Mode);
