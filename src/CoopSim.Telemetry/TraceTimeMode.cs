namespace CoopSim.Telemetry;

/// <summary>Which clock stamps spans.</summary>
public enum TraceTimeMode
{
    /// <summary>Simulated time, so a trace viewer draws the simulated timeline.</summary>
    Simulated,

    /// <summary>The real clock at the moment each span is written.</summary>
    Wall,
}
