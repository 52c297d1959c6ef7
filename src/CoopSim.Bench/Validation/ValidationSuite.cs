using System.Globalization;
using CoopSim.Model;

namespace CoopSim.Bench.Validation;

/// <summary>
/// Every validation family, run over worlds from fixed, stated seeds. The suite's family-wise error is
/// <see cref="ValidationLevel.SuiteAlpha"/>, shared by Bonferroni over the statistical families and, within
/// each, over every check (see <see cref="ValidationLevel"/>).
/// </summary>
public static class ValidationSuite
{
    /// <summary>World i of family f has seed SimRandom.ForStream(MasterSeed, i, f).NextUInt64().</summary>
    public const ulong MasterSeed = 20_251_130;

    /// <summary>The long mode: <c>VALIDATION_CASES=N</c> runs N worlds of every family.</summary>
    public const string CasesVariable = "VALIDATION_CASES";

    public static IReadOnlyList<IValidationFamily> Families { get; } =
        [new ChainFamily(), new LossFamily(), new ParallelFamily(), new OfficeHoursFamily(), new ExpiryFamily(), new ScopeFamily()];

    public static int StatisticalFamilies => Families.Count(f => f.ChecksPerWorld > 0);

    public static ulong WorldSeed(IValidationFamily family, int index) => SimRandom.ForStream(MasterSeed, index, family.Id).NextUInt64();

    /// <summary>Worlds per family from <c>VALIDATION_CASES</c>, or null (each family's default) when unset or not a positive number.</summary>
    public static int? CasesFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    public static IReadOnlyList<FamilyReport> Run(int? casesPerFamily = null, int workers = 1) =>
        Families.Select(f => RunFamily(f, casesPerFamily ?? f.DefaultWorlds, workers)).ToArray();

    public static FamilyReport RunFamily(IValidationFamily family, int worlds, int workers = 1)
    {
        var level = ValidationLevel.For(family, worlds, StatisticalFamilies);
        var seeds = Enumerable.Range(0, worlds).Select(i => WorldSeed(family, i)).ToArray();
        var verdicts = new CaseVerdict[worlds];
        // Each world is its own run with its own seed, so running them side by side changes nothing but the time.
        Parallel.For(0, worlds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) },
            i => verdicts[i] = ValidationRunner.Run(family.Generate(seeds[i]), level));
        return new FamilyReport(family, level, seeds, verdicts, ValidationRunner.Pooled(family, verdicts, level));
    }
}
