namespace CoopSim.Simulation.Kernel;

/// <summary>Where an agency's behaviour puts the events it creates: its own queue, or another partition's (or grain's) inbox.</summary>
internal interface IEventSink
{
    void Emit(in EventKey key, in EventPayload payload);
}
