namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Where an agency's behaviour puts what it creates: events (its own queue, or another partition's or grain's
/// inbox) and the record of each alert it acted on (its state's <see cref="ReachList"/> in a grain, its partition's
/// <see cref="ReachLog"/> in the in-process kernel).
/// </summary>
internal interface IEventSink
{
    void Emit(in EventKey key, in EventPayload payload);

    void Reach(AgencyState state, int alert, in Results.ReachRecord record);
}
