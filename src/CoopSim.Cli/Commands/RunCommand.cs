using System.CommandLine;
using System.Runtime;
using System.Text;
using CoopSim.Cli.Options;
using CoopSim.Cli.Engines;
using CoopSim.Cli.Rendering;
using CoopSim.Files;
using CoopSim.Model.Scenario;
using CoopSim.Orleans.Hosting;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Probes;
using CoopSim.Studies.Replications;
using CoopSim.Simulation.Results;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Output;
using CoopSim.Telemetry;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim run SCENARIO</c>: runs the replications and prints or writes the result.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML)." };
        // run folds replications as they finish and keeps none, so it takes far more of them than the commands that pair runs.
        var run = new RunOptionsGroup("Replications (default: the scenario's run.replications)", RunSettings.MaxFoldedReplications);
        var format = FormatOption.Create("Output format.", OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var output = OutOption.Create("Write the result to this file instead of stdout (written whole, or not at all).");
        var traceOrleans = new Option<bool>("--trace-orleans") { Description = "With --trace and an Orleans engine: also export Orleans' own spans." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Say on stderr how the work was spread (workers, or Orleans' own log lines)." };
        var trace = new Option<string[]>("--trace") { Description = "Export a span per hop: console, otlp (OTEL_EXPORTER_OTLP_* variables) or jsonl:PATH. Repeatable." };
        var traceTime = new Option<string>("--trace-time") { Description = "Stamp spans with simulated (default) or wall time.", DefaultValueFactory = _ => "simulated" };
        traceTime.AcceptOnlyFromAmong("simulated", "wall");
        var uncertainty = new Option<bool>("--uncertainty") { Description = "Widen the answer by the scenario's uncertain inputs (its uncertainty: block): two-level Monte Carlo." };
        var points = new Option<int>("--points") { Description = "With --uncertainty: settings of the inputs (a Latin hypercube), each run --runs times.", DefaultValueFactory = _ => UncertainRunCommand.DefaultPoints };
        var perReplication = new Option<string?>("--replications")
        {
            Description = "Also write every replication's outcomes, streamed as they finish: FILE.parquet or FILE.csv (docs/data.md).",
        };

        var command = new Command("run", "Run a scenario and report how far and how fast its alerts spread.")
        {
            scenario, format, output, traceOrleans, quiet, verbose, trace, traceTime, uncertainty, points, perReplication,
        };
        run.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var choice = run.Read(parse);
            if (parse.GetValue(verbose)) EmbeddedSilo.Verbose = true;
            var request = new RunRequest(
                parse.GetValue(scenario)!,
                choice.Runs,
                choice.Seed,
                choice.Workers,
                parse.GetValue(format),
                parse.GetValue(output),
                choice.Engine,
                choice.Cluster,
                parse.GetValue(traceOrleans),
                parse.GetValue(quiet),
                parse.GetValue(trace) ?? [],
                parse.GetValue(traceTime) == "wall" ? TraceTimeMode.Wall : TraceTimeMode.Simulated)
            {
                Verbose = parse.GetValue(verbose),
                ReplicationsFile = parse.GetValue(perReplication),
                ClusterWait = choice.ClusterWait,
            };
            if (parse.GetValue(uncertainty)) return await UncertainRunCommand.ExecuteAsync(request, parse.GetValue(points), context, cancellationToken);
            return await ExecuteAsync(request, context, cancellationToken);
        });
        return command;
    }

    internal static async Task<int> ExecuteAsync(RunRequest request, CliContext context, CancellationToken cancellationToken)
    {
        if (request.ReplicationsFile is { } file && !ReplicationsFile.IsSupported(file))
            throw new CliException($"coopsim: error: --replications {file}: name a .parquet or .csv file");
        // Every input and output is checked before the engine exists: a missing file costs no silo start. The output
        // first: opening it costs nothing, reading the scenario's world a second on a busy machine.
        using var output = CommandOutput.Open(request.Output);
        var scenario = ScenarioInput.TryLoad(request.Scenario, context);
        if (scenario is null) return ExitCodes.BadInput;

        // The table and the JSON answer the scenario's question from one figure per replication, which the engine takes as it
        // folds each (a probe); no format keeps replications, so memory does not grow with --runs and workers
        // run whole replications side by side.
        var replications = request.Runs ?? scenario.Run.Replications;
        var target = request.Format is OutputFormat.Table or OutputFormat.Json ? ScenarioAnswerEvaluator.TargetOf(scenario) : null;
        var seedRun = request.Seed ?? scenario.Run.Seed;
        using var outcomesFile = request.ReplicationsFile is { } path ? CommandOutput.Open(path) : null;
        using var outcomes = outcomesFile is null ? null
            : ReplicationsFile.Start(request.ReplicationsFile!, outcomesFile.Stream, scenario, seedRun, replications, ResultProvenance.Of(scenario, ToolVersion.Name));
        var options = new RunOptions(replications, seedRun, request.Workers, KeepReplications: false,
            Probe: CombinedProbe.Of(target is null ? null : new AnswerProbe(target, replications), outcomes,
                request.Format == OutputFormat.Table ? TimeHolder.ProbeFor(scenario) : null));
        var telemetry = StartTelemetry(request, scenario, options.Seed, replications, context);
        SimulationRun run;
        ISimulationEngine engine;
        try
        {
            // Only now, with every path checked, may the engine start a silo.
            engine = EngineFactory.Create(request.Engine, request.Cluster, request.TraceOrleans, context.Error, request.ClusterWait);
            run = await RunWithProgressAsync(engine, scenario, options, telemetry?.Observer, request, context, cancellationToken);
        }
        catch
        {
            telemetry?.Abandon();
            telemetry?.Dispose();
            throw;
        }

        if (request.Verbose)
        {
            context.Error.WriteLine($"{engine.Name}: {run.Schedule ?? "as the engine spreads it"}");
            if (run.Phases is { } p)
                context.Error.WriteLine(FormattableString.Invariant(
                    $"{engine.Name}: {p.TotalSeconds:0.000} s: compile {p.CompileSeconds:0.000} s, replications {p.ReplicationsSeconds:0.000} s (folding {p.FoldSeconds:0.000} s of it), finish {p.FinishSeconds:0.000} s"));
        }
        if (telemetry is not null)
        {
            telemetry.Dispose();
            context.Error.WriteLine(telemetry.Summary());
        }

        ReleaseRunState(run);
        if (outcomes is not null)
        {
            outcomes.Complete();
            CommandOutput.Commit(outcomesFile!);
        }

        if (output is not null)
        {
            WriteTo(output.Stream, scenario, run, request.Format);
            CommandOutput.Commit(output);
            if (!context.OutputRedirected) context.Out.MarkupLine($"wrote [bold]{Markup.Escape(request.Output!)}[/]");
        }
        else if (request.Format == OutputFormat.Table)
        {
            ResultTableRenderer.Render(context.Out, scenario, run);
        }
        else
        {
            // Streamed to stdout as it is written: never the whole document in memory.
            using var stream = new TextWriterStream(context.RawOut);
            WriteTo(stream, scenario, run, request.Format);
            context.RawOut.Flush();
        }

        return ExitCodes.Ok;
    }

    /// <summary>Runs this large leave their kernel's state behind as garbage (hundreds of MiB on a 10^7-pair world).</summary>
    private const long LargeRunEvents = 1_000_000;

    /// <summary>
    /// Collects a large run's garbage, once, before the result is written: otherwise the collector lets the heap
    /// grow by the writer's allocations on top of it before it looks, and writing peaks higher than the run did.
    /// </summary>
    private static void ReleaseRunState(SimulationRun run)
    {
        if (run.Result.Events < LargeRunEvents) return;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static TelemetrySession? StartTelemetry(RunRequest request, Model.Scenario.ScenarioModel scenario, ulong seed, int replications, CliContext context)
    {
        if (request.Trace.Count == 0) return null;
        // A trace file's header names the run as the JSON result does.
        var provenance = ResultProvenance.Of(scenario, ToolVersion.Name);
        var run = new TraceRunInfo(provenance.Tool, provenance.ScenarioSha256, provenance.WorldSha256, replications);
        try
        {
            // Console spans go to stderr so that a machine format on stdout stays clean.
            // Span ids derive from the seed actually run, so `--seed 9` traces differ from the scenario's own seed.
            return TelemetrySession.Start(request.Trace, scenario, request.TraceTime, context.Error,
                extraSources: EngineFactory.TelemetrySources(request.Engine, request.TraceOrleans), seed: seed, run: run);
        }
        catch (OutputFileException ex)
        {
            throw new CliException(ex.Message);
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"coopsim: error: {ex.Message}");
        }
    }

    private static async Task<SimulationRun> RunWithProgressAsync(ISimulationEngine engine, Model.Scenario.ScenarioModel scenario,
        RunOptions options, ISimulationObserver? observer, RunRequest request, CliContext context, CancellationToken cancellationToken)
    {
        // A bar only where someone watches: not when stdout is redirected, nor for a machine format on stdout.
        var showProgress = !request.Quiet && !context.OutputRedirected && (request.Format == OutputFormat.Table || request.Output is not null)
            && options.Replications >= 20;
        if (!showProgress) return await engine.RunAsync(scenario, options, observer, null, cancellationToken);

        SimulationRun? run = null;
        await context.Out.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask($"{scenario.Name}: {options.Replications} runs", maxValue: options.Replications);
                var progress = new Progress<int>(done => task.Value = done);
                run = await engine.RunAsync(scenario, options, observer, progress, cancellationToken);
                task.Value = options.Replications;
            });
        return run!;
    }

    private static void WriteTo(Stream stream, Model.Scenario.ScenarioModel scenario, SimulationRun run, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                ResultJsonWriter.Write(run.Result, stream,
                    new ResultHeader(ResultProvenance.Of(scenario, ToolVersion.Name), ScenarioAnswerEvaluator.Evaluate(scenario, run)));
                break;
            case OutputFormat.Csv:
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true)) ResultCsvWriter.Write(run.Result, writer);
                break;
            default:
                RenderTableTo(stream, scenario, run);
                break;
        }
    }

    private static void RenderTableTo(Stream stream, Model.Scenario.ScenarioModel scenario, SimulationRun run) =>
        CommandOutput.WriteTable(stream, console => ResultTableRenderer.Render(console, scenario, run));
}
