using System.CommandLine;
using CoopSim.Cli.Engines;
using CoopSim.Model.Scenario;

namespace CoopSim.Cli.Options;

/// <summary>
/// The options every command that runs replications shares — <c>--runs</c>, <c>--seed</c>, <c>--workers</c>,
/// <c>--engine</c>, <c>--cluster</c> — declared once, worded alike, and read and checked once by <see cref="Read"/>.
/// A command states only what its runs are (replications per point, of each side, …) and its own limit.
/// </summary>
internal sealed class RunOptionsGroup
{
    /// <summary>Far more threads than any machine this runs on has cores; beyond it threads only cost memory.</summary>
    public const int MaxWorkers = 1024;

    private readonly int _mostRuns;

    /// <param name="runs">--runs' help, saying what a run is and its default (null: the command runs each scenario as its file says, and has no --runs or --seed).</param>
    /// <param name="mostRuns">The most --runs takes: <see cref="RunSettings.MaxReplications"/> for commands that keep every replication.</param>
    public RunOptionsGroup(string? runs, int mostRuns = RunSettings.MaxReplications)
    {
        _mostRuns = mostRuns;
        if (runs is not null)
        {
            Runs = new Option<int?>("--runs", "-n") { Description = $"{runs}; at most {mostRuns:N0}." };
            Seed = new Option<ulong?>("--seed", "-s") { Description = "Seed (default: the scenario's run.seed); every run of the command uses it, so runs pair replication by replication." };
        }

        Workers = new Option<int>("--workers", "-w")
        {
            Description = "Worker threads; results are identical for any value. 1 is the sequential reference.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        Engine = EngineOption.Create();
        Cluster = new Option<string?>("--cluster")
        {
            Description = "With an Orleans engine: run on silos started with `coopsim silo` instead of the silo embedded in this process: "
                + "redis://HOST:PORT[/NAME] for a cluster on any machines, or [NAME@]GATEWAY_PORT[,PORT...] on this machine (e.g. dev@30000,30001).",
        };
        ClusterWait = new Option<string?>(ClusterWaitText.Name)
        {
            Description = "With --cluster: how long to wait for the cluster to come back (no silo answered yet, or every silo gone) before giving up, e.g. 90s or 2m (default 60s).",
        };
    }

    public Option<int?>? Runs { get; }

    public Option<ulong?>? Seed { get; }

    public Option<int> Workers { get; }

    public Option<string> Engine { get; }

    public Option<string?> Cluster { get; }

    public Option<string?> ClusterWait { get; }

    public void AddTo(Command command)
    {
        if (Runs is not null) command.Options.Add(Runs);
        if (Seed is not null) command.Options.Add(Seed);
        command.Options.Add(Workers);
        command.Options.Add(Engine);
        command.Options.Add(Cluster);
        command.Options.Add(ClusterWait);
    }

    /// <summary>The options' values, checked: --runs within the command's limit, --workers from 1 to <see cref="MaxWorkers"/>, --cluster only with an Orleans engine.</summary>
    /// <exception cref="CliException">One line naming the option.</exception>
    public RunChoice Read(ParseResult parse)
    {
        var runs = Runs is null ? null : parse.GetValue(Runs);
        RunsLimit.Check(runs, _mostRuns);
        var workers = parse.GetValue(Workers);
        if (workers is < 1 or > MaxWorkers) throw new CliException($"coopsim: error: --workers must be from 1 to {MaxWorkers:N0}");
        var engine = parse.GetValue(Engine)!;
        var cluster = parse.GetValue(Cluster);
        EngineFactory.CheckCluster(engine, cluster);
        var clusterWait = ClusterWaitText.Parse(parse.GetValue(ClusterWait));
        return new RunChoice(runs, Seed is null ? null : parse.GetValue(Seed), workers, engine, cluster) { ClusterWait = clusterWait };
    }
}

