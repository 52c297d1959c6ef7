namespace CoopSim.Cli.Tests.Fuzz;

/// <summary>One change to a file: positions are taken modulo the file's length, so any numbers make a valid change.</summary>
public sealed record Mutation(MutationKind Kind, int A, int B, int Pick)
{
    public override string ToString() => $"{Kind}({A},{B},{Pick})";
}
