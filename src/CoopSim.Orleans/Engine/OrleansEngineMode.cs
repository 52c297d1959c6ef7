namespace CoopSim.Orleans.Engine;

/// <summary>Where the Orleans engine puts the work of a run.</summary>
public enum OrleansEngineMode
{
    /// <summary>Each agency is a grain; a coordinator grain drives the windows (docs/architecture.md, "The kernel").</summary>
    AgencyGrains,

    /// <summary>Whole replications run on worker grains spread over the silos.</summary>
    Replications,
}
