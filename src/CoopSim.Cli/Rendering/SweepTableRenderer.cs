using CoopSim.Studies.Answers;
using CoopSim.Studies.Sweeps;
using Spectre.Console;

namespace CoopSim.Cli.Rendering;

/// <summary>A sweep as a table: one row per point, a column per parameter and per key figure (value and 95% interval).</summary>
internal static class SweepTableRenderer
{
    public static void Render(IAnsiConsole console, SweepResult sweep)
    {
        console.MarkupLine($"[bold]{Markup.Escape(sweep.Scenario)}[/]: {sweep.Rows.Count} points, {sweep.Replications} runs each, seed {sweep.Seed} at every point (common random numbers)");
        console.MarkupLine("[dim]times to act: runs that never got there count as never; 95% intervals in brackets[/]");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var p in sweep.Parameters) table.AddColumn(Markup.Escape(p));
        var first = sweep.Rows.Count > 0 ? sweep.Rows[0].Figures : [];
        foreach (var f in first) table.AddColumn(new TableColumn(Markup.Escape(Heading(f))).RightAligned());
        foreach (var row in sweep.Rows)
            table.AddRow(row.Values.Select(Markup.Escape).Concat(row.Figures.Select(f => Markup.Escape(FigureText.WithInterval(f)))).ToArray());
        console.Write(table);
        foreach (var still in SweepEffects.Explain(sweep))
            console.MarkupLine($"[yellow]No effect:[/] {Markup.Escape(still.Parameter)} changed nothing measurable: {Markup.Escape(still.Reason)}.");
    }

    private static string Heading(KeyFigure f) => f.Figure switch
    {
        KeyFigures.Interception => $"{f.Target} intercepted",
        KeyFigures.Reach => $"{f.Alert} → {f.Target} reach",
        KeyFigures.P50Hours => $"{f.Alert} → {f.Target} median",
        _ => $"{f.Alert} → {f.Target} p90",
    };
}
