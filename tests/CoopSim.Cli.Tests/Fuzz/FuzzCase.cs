namespace CoopSim.Cli.Tests.Fuzz;

/// <summary>
/// One generated case: which shipped file to damage (an index into the scenarios then the seed files), which
/// scenario to validate and run against it when the file is a world file, and the changes, applied in order.
/// </summary>
public sealed record FuzzCase(int Target, int Scenario, IReadOnlyList<Mutation> Mutations)
{
    public override string ToString() => $"target {Target}, scenario {Scenario}, [{string.Join(", ", Mutations)}]";
}
