using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace CoopSim.Cli.Tests.Fuzz;

/// <summary>
/// Runs one fuzz case in-process: damages the file, runs <c>validate</c> and a 5-replication <c>run --engine inproc</c>
/// on the scenario, puts the file back, and throws <see cref="FuzzFailure"/> when a rule of issue 11 is broken.
/// </summary>
public sealed partial class FuzzRunner(FuzzWorkspace workspace, TimeSpan timeBudget, long allocationBudgetBytes)
{
    public int Cases { get; private set; }
    public int ScenarioTargets { get; private set; }
    public int ValidRuns { get; private set; }
    public int RejectedInputs { get; private set; }
    public TimeSpan Slowest { get; private set; }
    public long MostAllocated { get; private set; }

    [GeneratedRegex(@"^(.+\(\d+,\d+\): error: \S.*|.+: error: \S.*|coopsim: \d+ problems? found)$")]
    private static partial Regex ErrorLine();

    public void Run(FuzzCase fuzzCase)
    {
        var target = workspace.Files[fuzzCase.Target];
        var original = File.ReadAllBytes(target);
        var mutated = Mutator.Apply(Encoding.UTF8.GetString(original), fuzzCase.Mutations);
        File.WriteAllBytes(target, mutated);
        var clock = Stopwatch.StartNew();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        try
        {
            var work = Task.Run(() => CheckAsync(fuzzCase, target, mutated));
            if (!work.Wait(timeBudget)) throw Fail(fuzzCase, mutated, $"did not finish within {timeBudget.TotalSeconds:0} s");
            work.GetAwaiter().GetResult();
        }
        finally
        {
            File.WriteAllBytes(target, original);
        }

        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        if (allocated > allocationBudgetBytes) throw Fail(fuzzCase, mutated, $"allocated {allocated / (1 << 20)} MiB, over the {allocationBudgetBytes / (1 << 20)} MiB budget");
        Cases++;
        Slowest = clock.Elapsed > Slowest ? clock.Elapsed : Slowest;
        MostAllocated = Math.Max(MostAllocated, allocated);
    }

    private async Task CheckAsync(FuzzCase fuzzCase, string target, byte[] mutated)
    {
        var isScenario = workspace.IsScenario(fuzzCase.Target);
        var scenario = isScenario ? target : workspace.Scenarios[fuzzCase.Scenario % workspace.Scenarios.Count];
        if (isScenario) ScenarioTargets++;

        var validate = await InvokeAsync(fuzzCase, mutated, "validate", scenario);
        var run = await InvokeAsync(fuzzCase, mutated, "run", scenario, "--engine", "inproc", "--runs", "5", "--workers", "1", "--quiet", "--format", "json");
        if (!isScenario) await InvokeAsync(fuzzCase, mutated, "validate", target);

        if ((validate.ExitCode == 0) != (run.ExitCode == 0))
            throw Fail(fuzzCase, mutated, $"validate exited {validate.ExitCode} but run exited {run.ExitCode}; validate said: {validate.Out}{validate.Error}; run said: {run.Error}");
        if (run.ExitCode == 0) ValidRuns++;
        else RejectedInputs++;
    }

    private static async Task<CaseOutcome> InvokeAsync(FuzzCase fuzzCase, byte[] mutated, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = CliContext.PlainConsole(stdout);
        var context = new CliContext(console, stderr, outputRedirected: true) { RawOut = stdout };
        int code;
        try
        {
            code = await CliApplication.RunAsync(args, context);
        }
        catch (Exception ex)
        {
            throw Fail(fuzzCase, mutated, $"{args[0]} let an exception escape: {ex}");
        }

        var outcome = new CaseOutcome(code, stdout.ToString(), stderr.ToString());
        if (code is not (ExitCodes.Ok or ExitCodes.BadInput)) throw Fail(fuzzCase, mutated, $"{args[0]} exited {code}: {outcome.Error}");
        foreach (var line in outcome.ErrorLines)
        {
            if (!ErrorLine().IsMatch(line)) throw Fail(fuzzCase, mutated, $"{args[0]} printed a line that is not a one-line error: '{line}'");
        }

        if (code == ExitCodes.BadInput && !outcome.ErrorLines.Any())
            throw Fail(fuzzCase, mutated, $"{args[0]} exited 2 without saying why");
        return outcome;
    }

    private static FuzzFailure Fail(FuzzCase fuzzCase, byte[] mutated, string what)
    {
        var text = Encoding.UTF8.GetString(mutated);
        return new FuzzFailure($"{what}\ncase: {fuzzCase}\nfile begins: {(text.Length > 1500 ? text[..1500] + "…" : text)}");
    }
}
