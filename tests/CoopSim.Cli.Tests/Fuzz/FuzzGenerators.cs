using FsCheck;
using FsCheck.Fluent;

namespace CoopSim.Cli.Tests.Fuzz;

/// <summary>FsCheck generators for <see cref="FuzzCase"/>: one to three mutations of one shipped file.</summary>
public static class FuzzGenerators
{
    public static Gen<Mutation> Mutation { get; } =
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from a in Gen.Choose(0, int.MaxValue - 1)
        from b in Gen.Choose(0, int.MaxValue - 1)
        from pick in Gen.Choose(0, int.MaxValue - 1)
        select new Mutation(kind, a, b, pick);

    public static Gen<FuzzCase> Case(int files, int scenarios) =>
        from target in Gen.Choose(0, files - 1)
        from scenario in Gen.Choose(0, scenarios - 1)
        from count in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from mutations in Gen.ListOf(Mutation, count).Select(list => list.ToArray())
        select new FuzzCase(target, scenario, mutations);
}
