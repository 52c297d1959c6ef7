namespace CoopSim.Cli.Tests.Fuzz;

/// <summary>
/// The fuzz test runs alone: its allocation budget reads the process-wide allocation counter, which tests running
/// beside it would inflate.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection
{
    public const string Name = "fuzz";
}
