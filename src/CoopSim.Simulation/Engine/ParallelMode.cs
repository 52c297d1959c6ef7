namespace CoopSim.Simulation.Engine;

/// <summary>What the workers share out.</summary>
public enum ParallelMode
{
    /// <summary>Replications when there are enough of them to keep every worker busy, otherwise windows.</summary>
    Auto,

    /// <summary>Each conservative window's agencies run on the workers (docs/architecture.md, "The kernel").</summary>
    Windows,

    /// <summary>Whole replications run side by side, each a sequential kernel.</summary>
    Replications,
}
