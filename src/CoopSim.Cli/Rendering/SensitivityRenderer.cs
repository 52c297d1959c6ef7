using System.Globalization;
using CoopSim.Studies.Sensitivity;
using Spectre.Console;

namespace CoopSim.Cli.Rendering;

/// <summary>
/// A sensitivity study as a ranked table — Sobol total and first-order indices with 95% intervals for the inputs
/// that mattered, Morris μ* for every input — and one sentence saying what the answer depends on most.
/// </summary>
internal static class SensitivityRenderer
{
    /// <summary>More rows than this are screened-out inputs nobody reads; CSV and JSON list every one.</summary>
    public const int MaxRows = 25;

    public static void Render(IAnsiConsole console, SensitivityResult result)
    {
        console.MarkupLine($"[bold]{Markup.Escape(result.Scenario)}[/]: what {Markup.Escape(result.Output.Description)} depends on");
        console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"{result.Rows.Count} uncertain inputs; {result.Points:N0} points of {result.Settings.Replications} runs each, seed {result.Seed} at every point (common random numbers); as written: {Value(result, result.Baseline)}")));
        console.MarkupLine("[dim]Sobol indices: share of the answer's variance an input explains alone (first) and with its interactions (total); "
            + "Morris μ*: mean absolute change of the answer over the input's range; 95% bootstrap intervals in brackets[/]");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("parameter");
        table.AddColumn("range");
        table.AddColumn(new TableColumn("total").RightAligned());
        table.AddColumn(new TableColumn("first").RightAligned());
        table.AddColumn(new TableColumn("μ*").RightAligned());
        table.AddColumn(new TableColumn("σ").RightAligned());
        table.AddColumn(new TableColumn("low end → high end").RightAligned());
        foreach (var (row, i) in result.Rows.Take(MaxRows).Select((r, i) => (r, i)))
        {
            var sobol = row.Sobol;
            table.AddRow(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(row.Input.Name),
                Markup.Escape(RangeText(row)),
                sobol is null ? "" : Index(sobol.Total),
                sobol is null ? "" : Index(sobol.First),
                Markup.Escape($"{Effect(result, row.Morris.MuStar.Value)} ({Effect(result, row.Morris.MuStar.Low)}–{Effect(result, row.Morris.MuStar.High)})"),
                Markup.Escape(Effect(result, row.Morris.Sigma)),
                row.AtLow is { } low && row.AtHigh is { } high ? Markup.Escape($"{Value(result, low)} → {Value(result, high)}") : "");
        }

        console.Write(table);
        if (result.Rows.Count > MaxRows)
            console.MarkupLine($"[dim]{result.Rows.Count - MaxRows} more inputs with smaller effects (--format csv or json lists every one)[/]");
        console.MarkupLine(Markup.Escape(Sentence(result)));
    }

    /// <summary>"The answer depends most on X (total index 0.62, 95% interval 0.55–0.70), then Y (0.21) and Z (0.08)."</summary>
    public static string Sentence(SensitivityResult result)
    {
        var drivers = result.Drivers;
        if (drivers.Count == 0)
            return $"The answer does not move over the ranges of its {result.Rows.Count} uncertain inputs (every index is about 0).";
        var first = drivers[0];
        var lead = first.Sobol is { } s
            ? $"The answer depends most on {first.Input.Name} (total index {I(s.Total.Value)}, 95% interval {I(s.Total.Low)}–{I(s.Total.High)})"
            : $"The answer depends most on {first.Input.Name} (Morris μ* {Effect(result, first.Morris.MuStar.Value)})";
        var next = drivers.Skip(1).Take(2).Select(r => r.Sobol is { } t ? $"{r.Input.Name} ({I(t.Total.Value)})" : r.Input.Name).ToArray();
        return next.Length == 0 ? lead + "." : $"{lead}, then {string.Join(" and ", next)}.";
    }

    private static string RangeText(SensitivityRow row) => row.Input.Delay is not null
        ? $"×{F(row.Input.Range.Low)}–{F(row.Input.Range.High)}"
        : row.Input.Range.Text;

    private static string Index(Estimate e) => Markup.Escape($"{I(e.Value)} ({I(e.Low)}–{I(e.High)})");

    private static string Value(SensitivityResult result, double v) => result.Output.IsShare ? FigureText.Percent(v) : FigureText.Hours(v);

    /// <summary>An effect in the output's units: percentage points of a share, or a duration.</summary>
    private static string Effect(SensitivityResult result, double v) => double.IsNaN(v) ? "—"
        : result.Output.IsShare ? (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + " pts" : FigureText.Hours(v);

    private static string I(double v) => double.IsNaN(v) ? "—" : v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
