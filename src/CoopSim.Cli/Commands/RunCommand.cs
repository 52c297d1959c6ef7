using System.CommandLine;
using System.Text;
using CoopSim.Cli.Engines;
using CoopSim.Cli.Rendering;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Output;
using CoopSim.Simulation.Results;
using CoopSim.Telemetry;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim run SCENARIO</c>: runs the replications and prints or writes the result.</summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML)." };
        var runs = new Option<int?>("--runs", "-n") { Description = "Replications (default: the scenario's run.replications)." };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Seed (default: the scenario's run.seed)." };
        var workers = new Option<int>("--workers", "-w")
        {
            Description = "Worker threads; results are identical for any value. 1 is the sequential reference.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var output = new Option<string?>("--out", "-o") { Description = "Write the result to this file instead of stdout (written whole, or not at all)." };
        var engine = new Option<string>("--engine")
        {
            Description = "Where agencies live: inproc, orleans (a grain per agency) or orleans-replications (replications spread over silos).",
            DefaultValueFactory = _ => EngineFactory.Orleans,
        };
        engine.AcceptOnlyFromAmong([.. EngineFactory.EngineNames]);
        var cluster = new Option<string?>("--cluster") { Description = "With an Orleans engine: connect to silos started with `coopsim silo`, as [NAME@]GATEWAY_PORT[,PORT...] on this machine (e.g. dev@30000,30001), instead of starting one in this process." };
        var traceOrleans = new Option<bool>("--trace-orleans") { Description = "With --trace and an Orleans engine: also export Orleans' own spans." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Say on stderr how the work was spread over the workers." };
        var trace = new Option<string[]>("--trace") { Description = "Export a span per hop: console, otlp (OTEL_EXPORTER_OTLP_* variables) or jsonl:PATH. Repeatable." };
        var traceTime = new Option<string>("--trace-time") { Description = "Stamp spans with simulated (default) or wall time.", DefaultValueFactory = _ => "simulated" };
        traceTime.AcceptOnlyFromAmong("simulated", "wall");

        var command = new Command("run", "Run a scenario and report how far and how fast its alerts spread.")
        {
            scenario, runs, seed, workers, format, output, engine, cluster, traceOrleans, quiet, verbose, trace, traceTime,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new RunRequest(
                parse.GetValue(scenario)!,
                parse.GetValue(runs),
                parse.GetValue(seed),
                parse.GetValue(workers),
                parse.GetValue(format)!,
                parse.GetValue(output),
                parse.GetValue(engine)!,
                parse.GetValue(cluster),
                parse.GetValue(traceOrleans),
                parse.GetValue(quiet),
                parse.GetValue(trace) ?? [],
                parse.GetValue(traceTime) == "wall" ? TraceTimeMode.Wall : TraceTimeMode.Simulated)
            {
                Verbose = parse.GetValue(verbose),
            };
            return await ExecuteAsync(request, context, cancellationToken);
        });
        return command;
    }

    public static async Task<int> ExecuteAsync(RunRequest request, CliContext context, CancellationToken cancellationToken)
    {
        if (request.Runs is < 1) throw new CliException("coopsim: error: --runs must be at least 1");
        if (request.Workers < 1) throw new CliException("coopsim: error: --workers must be at least 1");
        var scenario = ScenarioInput.TryLoad(request.Scenario, context);
        if (scenario is null) return ExitCodes.BadInput;

        var options = new RunOptions(request.Runs ?? scenario.Run.Replications, request.Seed ?? scenario.Run.Seed, request.Workers, KeepReplications: false);
        var engine = EngineFactory.Create(request.Engine, request.Cluster, request.TraceOrleans);
        var telemetry = StartTelemetry(request, scenario, options.Seed, context);
        SimulationRun run;
        try
        {
            run = await RunWithProgressAsync(engine, scenario, options, telemetry?.Observer, request, context, cancellationToken);
        }
        catch
        {
            telemetry?.Abandon();
            telemetry?.Dispose();
            throw;
        }

        if (request.Verbose) context.Error.WriteLine($"{engine.Name}: {run.Schedule ?? "as the engine spreads it"}");
        if (telemetry is not null)
        {
            telemetry.Dispose();
            context.Error.WriteLine(telemetry.Summary());
        }

        if (request.Output is { } path)
        {
            SafeFileWriter.Write(path, stream => WriteTo(stream, run.Result, request.Format));
            if (!context.OutputRedirected) context.Out.MarkupLine($"wrote [bold]{Markup.Escape(path)}[/]");
        }
        else if (request.Format == "table")
        {
            ResultTableRenderer.Render(context.Out, run.Result);
        }
        else
        {
            // Streamed to stdout as it is written: never the whole document in memory.
            using var stream = new TextWriterStream(context.RawOut);
            WriteTo(stream, run.Result, request.Format);
            context.RawOut.Flush();
        }

        return ExitCodes.Ok;
    }

    private static TelemetrySession? StartTelemetry(RunRequest request, Model.Scenario.ScenarioModel scenario, ulong seed, CliContext context)
    {
        if (request.Trace.Count == 0) return null;
        try
        {
            // Console spans go to stderr so that a machine format on stdout stays clean.
            // Span ids derive from the seed actually run, so `--seed 9` traces differ from the scenario's own seed.
            return TelemetrySession.Start(request.Trace, scenario, request.TraceTime, context.Error,
                extraSources: EngineFactory.TelemetrySources(request.Engine, request.TraceOrleans), seed: seed);
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
        var showProgress = !request.Quiet && !context.OutputRedirected && (request.Format == "table" || request.Output is not null)
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

    private static void WriteTo(Stream stream, SimulationResult result, string format)
    {
        switch (format)
        {
            case "json":
                ResultJsonWriter.Write(result, stream);
                break;
            case "csv":
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true)) ResultCsvWriter.Write(result, writer);
                break;
            default:
                RenderTableTo(stream, result);
                break;
        }
    }

    private static void RenderTableTo(Stream stream, SimulationResult result)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = CliContext.RedirectedWidth;
        ResultTableRenderer.Render(console, result);
    }
}
