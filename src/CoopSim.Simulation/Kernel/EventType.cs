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
}
