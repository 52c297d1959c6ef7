using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;

namespace CoopSim.Cli.Tests.Fuzz;

/// <summary>
/// The fuzz test of issue 11: mutations of the shipped scenario and world files (replaced characters, deleted,
/// duplicated and swapped lines, hostile values, deep nesting, alias bombs, tabs, byte-order marks, binary junk,
/// truncation), each through <c>validate</c> and <c>run --runs 5 --engine inproc</c> in-process. No exception may
/// escape, every error is one <c>file(line,col): error:</c> line, validate and run agree, and each case keeps to a
/// time and allocation budget. Seeded, so every run checks the same cases; FUZZ_CASES=20000 for the long mode
/// (FUZZ_SEED picks other cases).
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int DefaultCases = 300;
    private const ulong DefaultSeed = 20261130;

    private readonly FuzzWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void ValidateAndRun_MutatedShippedFiles_NeverCrashAndAgree()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultCases;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;

        // A case is a few file reads and five replications: seconds at most even on a loaded machine. A hang or a
        // runaway allocation (the alias bomb took 6 GB) is far beyond both budgets.
        var runner = new FuzzRunner(_workspace, TimeSpan.FromSeconds(30), allocationBudgetBytes: 1L << 30);
        var arbitrary = FuzzGenerators.Case(_workspace.Files.Count, _workspace.Scenarios.Count).ToArbitrary();
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(cases)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
        var started = DateTime.UtcNow;
        Check.One(config, Prop.ForAll(arbitrary, (FuzzCase c) => runner.Run(c)));

        output.WriteLine($"fuzz: {runner.Cases} cases (seed {seed}), {runner.ScenarioTargets} on scenario files and {runner.Cases - runner.ScenarioTargets} on world files; " +
            $"{runner.ValidRuns} still valid, {runner.RejectedInputs} rejected with one-line errors; 0 exceptions, 0 timeouts; " +
            $"slowest case {runner.Slowest.TotalSeconds:0.00} s, most allocated {runner.MostAllocated / (1 << 20)} MiB; {(DateTime.UtcNow - started).TotalSeconds:0} s in all");
        Assert.Equal(cases, runner.Cases);
    }
}
