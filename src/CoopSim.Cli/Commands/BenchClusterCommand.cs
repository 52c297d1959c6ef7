using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CoopSim.Bench.Engines;
using CoopSim.Bench.LocalCluster;
using CoopSim.Orleans.Engine;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim bench-cluster</c>: replications per second of the same run on 1, 2, 3 … <c>coopsim silo</c> processes
/// with Redis membership, each silo in a CPU budget of its own (a cgroup with a CPU quota), against the in-process
/// engine on one such budget (docs/orleans.md, "Scale-out"). It needs redis-server and root.
/// </summary>
internal static class BenchClusterCommand
{
    public static Command Create(CliContext context)
    {
        var scenarios = new Option<string[]>("--scenario")
        {
            Description = "Scenario files to time (repeatable; a generated world must be written with `coopsim generate` first, as silos need files).",
            DefaultValueFactory = _ => ["scenarios/korea-desk-wanted.yaml"],
        };
        var runs = new Option<int[]>("--runs") { Description = "Replications of each scenario, in the same order (one value: for all).", DefaultValueFactory = _ => [200_000] };
        var silos = new Option<int>("--silos") { Description = "Time 1 up to this many silos (at most 3: 127.0.0.2-4).", DefaultValueFactory = _ => 3 };
        var engines = new Option<string[]>("--engine") { Description = "Orleans engines to time (repeatable).", DefaultValueFactory = _ => ["orleans-replications", "orleans"] };
        engines.AcceptOnlyFromAmong("orleans-replications", "orleans");
        var cores = new Option<double>("--cores") { Description = "Each silo's CPU budget, in cores (a cgroup CPU quota).", DefaultValueFactory = _ => 0.5 };
        var sweepRuns = new Option<int>("--sweep-runs")
        {
            Description = $"Replications per point of a sweep of {SweepPoints} points of the starter ({SweepVary}) timed as whole processes; 0 skips it.",
            DefaultValueFactory = _ => 5_000,
        };
        var sensitivityRuns = new Option<int>("--sensitivity-runs")
        {
            Description = "Replications per point of a small sensitivity study of uz-entry-block (2 Morris trajectories, Sobol on the top 2 with 8 base samples); 0 skips it.",
            DefaultValueFactory = _ => 50,
        };
        var command = new Command("bench-cluster", "Scale-out: replications/s on 1..N silos, each on its own CPU budget, against inproc on one budget.")
        {
            scenarios, runs, silos, cores, engines, sweepRuns, sensitivityRuns,
        };
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(scenarios)!;
            var counts = parse.GetValue(runs)!;
            var maxSilos = parse.GetValue(silos);
            var budget = parse.GetValue(cores);
            if (maxSilos is < 1 or > 3 || budget is <= 0 or > 64 || counts.Length == 0 || counts.Any(n => n < 1) || (counts.Length != 1 && counts.Length != paths.Length))
                throw new CliException("coopsim: error: bench-cluster needs --silos 1 to 3, --cores above 0, and --runs above 0 once or once per --scenario");
            var studies = Studies(parse.GetValue(sweepRuns), parse.GetValue(sensitivityRuns));
            foreach (var study in studies)
            {
                if (ScenarioInput.TryLoad(study.Arguments[1], context) is null) return ExitCodes.BadInput;
            }

            var loaded = new List<Model.Scenario.ScenarioModel>();
            foreach (var path in paths)
            {
                if (ScenarioInput.TryLoad(path, context) is not { } scenario) return ExitCodes.BadInput;
                loaded.Add(scenario);
            }

            if (!RedisServer.IsInstalled()) throw new CliException("coopsim: error: bench-cluster needs redis-server on PATH (apt-get install redis-server)");
            using (var probe = CpuBudget.TryCreate($"coopsim-bench-{Environment.ProcessId}-probe", budget, out var why))
            {
                await context.Error.WriteLineAsync(probe is null
                    ? $"coopsim: note: {why}: the silos share this machine's cores, so the figures are not a scale-out"
                    : $"coopsim: each silo and the in-process run get {budget.ToString(CultureInfo.InvariantCulture)} core ({probe.How})");
            }

            var modes = parse.GetValue(engines)!.Distinct().Select(e => e == "orleans" ? OrleansEngineMode.AgencyGrains : OrleansEngineMode.Replications).ToArray();
            var coopsim = CoopSimCommand.OfThisProcess(typeof(BenchClusterCommand).Assembly.Location);
            var rows = new List<ClusterBenchRow>();
            for (var i = 0; i < loaded.Count; i++)
            {
                var n = counts.Length == 1 ? counts[0] : counts[i];
                rows.AddRange(await ClusterBenchmark.RunAsync($"{loaded[i].Name} × {n:N0}", loaded[i], n, maxSilos, budget, modes, coopsim, context.Error, ct));
            }

            foreach (var study in studies) rows.AddRange(await StudyBenchmark.RunAsync(study, maxSilos, budget, modes, coopsim, context.Error, ct));

            var output = context.RawOut;
            await output.WriteLineAsync("| workload | engine | silos | seconds | replications/s | efficiency | replications per silo |");
            await output.WriteLineAsync("|---|---|---:|---:|---:|---:|---|");
            foreach (var row in rows)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"| {row.Workload} | {row.Engine} | {row.Silos} | {row.Seconds:F2} | {row.PerSecond:N0} | {row.Efficiency:F2} | {row.Spread} |"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private const int SweepPoints = 8;
    private const string SweepVary = "channels.kr-vn-desk.latency.median=1h..8h/1h";

    /// <summary>The workload (c), a sweep of the starter, and a sensitivity study: points whose changes travel to the silos.</summary>
    private static IReadOnlyList<StudyWorkload> Studies(int sweepRuns, int sensitivityRuns)
    {
        if (sweepRuns is < 0 or 1 || sensitivityRuns is < 0 or 1)
            throw new CliException("coopsim: error: --sweep-runs and --sensitivity-runs must be 0 (skip) or at least 2");
        var studies = new List<StudyWorkload>();
        if (sweepRuns > 0)
        {
            studies.Add(new StudyWorkload($"sweep {SweepPoints} points × {sweepRuns:N0}", ["sweep", "scenarios/korea-desk-wanted.yaml", "--vary", SweepVary, "--seed", "1"],
                sweepRuns, json => Count(json, "points")));
        }

        if (sensitivityRuns > 0)
        {
            studies.Add(new StudyWorkload($"sensitivity × {sensitivityRuns:N0} a point", ["sensitivity", "scenarios/uz-entry-block.yaml", "--trajectories", "2",
                "--sobol-top", "2", "--sobol-samples", "8", "--seed", "1"], sensitivityRuns, json => Count(json, "points")));
        }

        return studies;
    }

    /// <summary>How many points a study's JSON says it ran: the length of its array, or its number.</summary>
    private static int Count(string json, string property)
    {
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement.GetProperty(property);
        return value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : value.GetInt32();
    }
}
