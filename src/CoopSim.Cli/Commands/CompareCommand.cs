using System.CommandLine;
using System.Text.Json;
using CoopSim.Cli.Options;
using CoopSim.Cli.Engines;
using CoopSim.Cli.Rendering;
using CoopSim.Model;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Comparisons;
using CoopSim.Studies.Output;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim compare BASE VARIANT</c>: both scenarios with the same seed and runs (common random numbers),
/// then per alert and country the change in reach and time to reach, and per subject in interception.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var baseFile = new Argument<string>("base") { Description = "The baseline scenario." };
        var variantFile = new Argument<string>("variant") { Description = "The what-if scenario." };
        var run = new RunOptionsGroup("Replications of each (default: the base scenario's)");
        var format = FormatOption.Create("table or json.", OutputFormat.Table, OutputFormat.Json);
        var output = OutOption.Create();
        var command = new Command("compare", "Compare a what-if scenario with its baseline, replication by replication.") { baseFile, variantFile, format, output };
        run.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var choice = run.Read(parse);
            // Opened first, so that a folder or an unwritable place is reported before any work is done.
            using var outputFile = CommandOutput.Open(parse.GetValue(output));
            var b = ScenarioInput.TryLoad(parse.GetValue(baseFile)!, context);
            var v = ScenarioInput.TryLoad(parse.GetValue(variantFile)!, context);
            if (b is null || v is null) return ExitCodes.BadInput;
            if (Comparability.Problem(b, v) is { } unrelated) throw new CliException($"coopsim: error: {unrelated}");
            var options = choice.For(b);
            var engine = choice.CreateEngine(context.Error);
            var baseRun = await engine.RunAsync(b, options, cancellationToken: ct);
            var variantRun = await engine.RunAsync(v, options, cancellationToken: ct);
            var comparison = PairedComparison.Compare(baseRun, variantRun, options.Seed);
            var nothing = WhatIfEffect.NothingChanged(comparison, b, v, baseRun.Result, variantRun.Result);
            var text = parse.GetValue(format) == OutputFormat.Json ? CompareJsonWriter.ToJson(comparison) : null;
            // A machine format keeps its bytes; the reader of the terminal still learns that nothing changed.
            if (text is not null && nothing is not null) context.Error.WriteLine($"coopsim: note: {nothing}");
            CommandOutput.Write(context, outputFile, parse.GetValue(output), text, console =>
            {
                Render(console, comparison, new WorldNames(b.World));
                if (nothing is not null) console.MarkupLine($"[yellow]No change:[/] {Markup.Escape(nothing)}.");
            });

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
}
