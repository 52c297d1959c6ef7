using Orleans;

namespace CoopSim.Simulation.Kernel;

[GenerateSerializer, Alias("coopsim.event-type")]
public enum EventType : byte
{
    /// <summary>The alert enters the network at its origin.</summary>
    Issue,

    /// <summary>A message reaches the recipient's door.</summary>
    Arrive,

    /// <summary>The recipient can act on a copy that arrived earlier (after waits, queue, translation, review).</summary>
    Act,

    /// <summary>A copy at a desk with a capacity is ready for an officer (its office-hours wait is over).</summary>
    Ready,

    /// <summary>An officer at a desk with a capacity has finished handling and takes the next waiting copy.</summary>
    Free,

    /// <summary>A sender that heard nothing back on a channel with a follow-up sends the message again.</summary>
    FollowUp,
}
