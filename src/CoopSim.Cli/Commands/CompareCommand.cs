using CoopSim.Model;
using System.CommandLine;
using System.Text.Json;
using CoopSim.Cli.Engines;
using CoopSim.Cli.Rendering;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Comparisons;
using CoopSim.Studies.Expectations;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim compare BASE VARIANT</c>: both scenarios with the same seed and runs (common random numbers),
/// then per alert and country the change in reach and time to reach, and per subject in interception.
/// </summary>
public static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var baseFile = new Argument<string>("base") { Description = "The baseline scenario." };
        var variantFile = new Argument<string>("variant") { Description = "The what-if scenario." };
        var runs = new Option<int?>("--runs", "-n") { Description = "Replications of each (default: the base scenario's)." };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Seed for both (default: the base scenario's)." };
        var format = new Option<string>("--format", "-f") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var workers = new Option<int>("--workers", "-w") { Description = "Worker threads (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var engineName = EngineOption.Create();
        var cluster = ClusterOption.Create();
        var command = new Command("compare", "Compare a what-if scenario with its baseline, replication by replication.") { baseFile, variantFile, runs, seed, format, workers, engineName, cluster };
        command.SetAction(async (parse, ct) =>
        {
            var b = ScenarioInput.TryLoad(parse.GetValue(baseFile)!, context);
            var v = ScenarioInput.TryLoad(parse.GetValue(variantFile)!, context);
            if (b is null || v is null) return ExitCodes.BadInput;
            RunsLimit.Check(parse.GetValue(runs));
            var options = new RunOptions(parse.GetValue(runs) ?? b.Run.Replications, parse.GetValue(seed) ?? b.Run.Seed, Math.Max(1, parse.GetValue(workers)));
            var engine = EngineFactory.Create(parse.GetValue(engineName)!, parse.GetValue(cluster), false, context.Error);
            var baseRun = await engine.RunAsync(b, options, cancellationToken: ct);
            var variantRun = await engine.RunAsync(v, options, cancellationToken: ct);
            var comparison = PairedComparison.Compare(baseRun, variantRun, options.Seed);
            if (parse.GetValue(format) == "json")
            {
                context.RawOut.Write(ToJson(comparison));
                context.RawOut.Flush();
            }
            else
            {
                Render(context.Out, comparison, new WorldNames(b.World));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ComparisonResult c, WorldNames names)
    {
        console.MarkupLine($"[bold]{Markup.Escape(c.Variant)}[/] against [bold]{Markup.Escape(c.Base)}[/]: {c.Replications} paired runs, seed {c.Seed}");
        console.MarkupLine("[dim]each cell: base → variant; change = variant − base, * where its 95% interval excludes zero[/]");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { "alert", "country", "reached", "change (95% interval)", "median", "change (95% interval)", "9 in 10 by", "change (95% interval)" })
            table.AddColumn(new TableColumn(header).NoWrap());
        foreach (var row in c.Countries)
        {
            table.AddRow(Markup.Escape(row.Alert), Markup.Escape(names.Country(row.Country)),
                $"{Percent.Of(row.Reach.Base)} → {Percent.Of(row.Reach.Variant)}", Delta(row.Reach, Percent.Points),
                $"{H(row.P50Hours.Base)} → {H(row.P50Hours.Variant)}", Delta(row.P50Hours, SignedHours),
                $"{H(row.P90Hours.Base)} → {H(row.P90Hours.Variant)}", Delta(row.P90Hours, SignedHours));
        }

        console.Write(table);
        foreach (var s in c.Subjects)
            console.MarkupLine($"subject [bold]{Markup.Escape(s.Subject)}[/]: stopped in time {Percent.Of(s.Interception.Base)} → {Percent.Of(s.Interception.Variant)}, change {Delta(s.Interception, Percent.Points).Replace("\n", " ")}");
        console.MarkupLine("[dim]median, 9 in 10 by: over all runs, a run that never got there counting as never (as in run and check); reach changes are in percentage points.[/]");
    }

    private static string Delta(DifferenceEstimate d, Func<double, string> signed) =>
        double.IsNaN(d.Difference) ? "—" : $"{signed(d.Difference)}{(d.Significant ? " *" : "")}\n({signed(d.Low)} to {signed(d.High)})";

    private static string SignedHours(double h) =>
        double.IsNaN(h) ? "—" : h == 0 ? "0s" : (h < 0 ? HumanDuration.Minus : "+") + H(Math.Abs(h));

    private static string H(double h) => HumanDuration.FromHours(h);

    private static string ToJson(ComparisonResult c)
    {
        return JsonText.Indented(w =>
        {
            w.WriteStartObject();
            w.WriteString("format", "coopsim.compare/1");
            w.WriteString("base", c.Base);
            w.WriteString("variant", c.Variant);
            w.WriteNumber("seed", c.Seed);
            w.WriteNumber("replications", c.Replications);
            w.WriteStartArray("countries");
            foreach (var row in c.Countries)
            {
                w.WriteStartObject();
                w.WriteString("alert", row.Alert);
                w.WriteString("country", row.Country);
                Write(w, "reach", row.Reach);
                Write(w, "time_to_reach_p50_h", row.P50Hours);
                Write(w, "time_to_reach_p90_h", row.P90Hours);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("subjects");
            foreach (var s in c.Subjects)
            {
                w.WriteStartObject();
                w.WriteString("subject", s.Subject);
                Write(w, "interception", s.Interception);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void Write(Utf8JsonWriter w, string name, DifferenceEstimate d)
    {
        w.WriteStartObject(name);
        w.WriteRounded("base", d.Base);
        w.WriteRounded("variant", d.Variant);
        w.WriteRounded("difference", d.Difference);
        w.WriteRounded("ci95_low", d.Low);
        w.WriteRounded("ci95_high", d.High);
        w.WriteBoolean("significant", d.Significant);
        w.WriteEndObject();
    }
}
