using Orleans;

namespace CoopSim.Simulation.Distributed;

/// <summary>What one piece of <see cref="AgencyWork"/> asks of an agency in one lane.</summary>
[GenerateSerializer, Alias("coopsim.agency-work-kind")]
public enum AgencyWorkKind : byte
{
    /// <summary>The agency's first window of the lane's replication: reset to the replication's start, then as <see cref="Step"/>.</summary>
    Start,

    /// <summary>Take the messages batched for the agency, run every event before the window's end.</summary>
    Step,

    /// <summary>The lane's replication is over: say what the agency measured in it.</summary>
    Report,
}
