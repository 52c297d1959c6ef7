using CoopSim.Bench.Validation;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace CoopSim.Bench.Tests.Validation;

/// <summary>
/// Runs one validation family as an FsCheck property: FsCheck draws the world seeds from a fixed replay seed
/// (so every run checks the same worlds), each world must pass all its checks at the family's Bonferroni
/// level, and afterwards the pooled (Stouffer) checks over all worlds must pass too. A failing world is
/// written to disk and printed as its scenario and world YAML with the command that reruns it.
/// </summary>
internal static class ValidationProperty
{
    public static IReadOnlyList<CaseVerdict> Check(IValidationFamily family)
    {
        var worlds = ValidationSuite.CasesFromEnvironment() ?? family.DefaultWorlds;
        var level = ValidationLevel.For(family, worlds, ValidationSuite.StatisticalFamilies);
        var verdicts = new List<CaseVerdict>();
        var seeds =
            from high in Gen.Choose(0, int.MaxValue)
            from low in Gen.Choose(0, int.MaxValue)
            select new WorldSeed(family.Id, (ulong)high << 32 | (uint)low);

        var property = Prop.ForAll(Arb.From(seeds), seed =>
        {
            var verdict = ValidationRunner.Run(family.Generate(seed.Seed), level);
            verdicts.Add(verdict);
            if (!verdict.Passed) throw new ValidationFailedException(verdict.Scenario.Describe(verdict.Failures));
        });

        var config = Config.QuickThrowOnFailure
            .WithMaxTest(worlds)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(family.PropertySeed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)))
            .WithParallelRunConfig(FSharpOption<ParallelRunConfig>.None);
        FsCheck.Check.One(config, property);

        Assert.Equal(worlds, verdicts.Count);
        foreach (var pooled in ValidationRunner.Pooled(family, verdicts, level))
            Assert.True(pooled.Passed, $"{family.Id}: {pooled.Check} = {pooled.Measured:0.###}, outside [{pooled.Low:0.###}, {pooled.High:0.###}]");
        return verdicts;
    }
}
