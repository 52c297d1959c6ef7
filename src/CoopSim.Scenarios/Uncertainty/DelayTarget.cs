namespace CoopSim.Scenarios.Uncertainty;

/// <summary>One delay distribution of the world (or a channel's loss probability): a channel's or agency's (<see cref="Id"/>), or a default; <see cref="Rule"/> indexes an agency's handling rules.</summary>
public sealed record DelayTarget(DelayKind Kind, string Id, int Rule = 0);
