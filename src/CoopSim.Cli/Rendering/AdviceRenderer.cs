using CoopSim.Studies.Advice;
using Spectre.Console;

namespace CoopSim.Cli.Rendering;

/// <summary>advise as a planner reads it: a sentence per pick, then each round's ranking with its intervals.</summary>
internal static class AdviceRenderer
{
    public static void Render(IAnsiConsole console, AdviceResult advice)
    {
        var o = advice.Objective;
        console.MarkupLine($"[bold]{Markup.Escape(advice.Scenario)}[/]: objective {Markup.Escape(o.Description)}; {advice.Replications} paired runs per candidate, seed {advice.Seed} (common random numbers)");
        var picks = advice.Picks;
        if (picks.Count == 0) console.MarkupLine("No candidate improves the objective.");
        for (var i = 0; i < picks.Count; i++)
            console.MarkupLine($"{i + 1}. {Markup.Escape(AdviceSentence.Of(o, picks[i], i > 0))}");
        if (advice.Stopped is { } stopped) console.MarkupLine($"Stopped: {Markup.Escape(stopped)}.");
        if (advice.Ranking == AdviceRanking.GainPerCost || advice.Budget is not null)
            console.MarkupLine($"[dim]ranked by {(advice.Ranking == AdviceRanking.GainPerCost ? "gain per unit of cost" : "gain")}"
                + (advice.Budget is { } budget ? FormattableString.Invariant($"; budget {budget:0.##}") : "") + "[/]");
        foreach (var skipped in advice.NotApplicable)
            console.MarkupLine($"[yellow]not measured[/] {Markup.Escape(skipped.Candidate.Id)}: does not apply to the scenario: {Markup.Escape(skipped.Reason)}");
        if (advice.Rounds.Count > 1)
            console.MarkupLine("[dim]Gains do not add up: each round re-measures the remaining candidates on top of the picks so far.[/]");
        foreach (var round in advice.Rounds)
        {
            var title = round.PickedBefore.Count == 0 ? "each candidate alone" : "on top of " + string.Join(" + ", round.PickedBefore);
            var table = new Table().Border(TableBorder.Rounded).Title($"round {round.Number}: {Markup.Escape(title)}");
            table.AddColumns("rank", "candidate", "cost", "before → after", o.IsTime ? "time saved (95% CI)" : "gain (95% CI)", "");
            for (var i = 0; i < round.Ranking.Count; i++)
            {
                var row = round.Ranking[i];
                var g = row.Gain;
                table.AddRow((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(row.Candidate.Id),
                    row.Candidate.Cost?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    g is null ? Markup.Escape(row.Problem ?? "") : $"{Format(o, g.Before)} → {Format(o, g.After)}",
                    g is null ? "" : Gain(o, g),
                    ReferenceEquals(round.Picked, row) ? "[bold]picked[/]" : g is not null && row.Problem is { } why ? Markup.Escape(why) : "");
            }

            console.Write(table);
        }
    }

    private static string Format(Objective o, double v) => o.IsTime ? FigureText.Hours(v) : FigureText.Percent(v);

    private static string Gain(Objective o, Gain g)
    {
        if (!g.IsMeasurable) return "— (never reached either way)";
        if (double.IsInfinity(g.Value)) return g.Value > 0 ? "never → reached" : "reached → never";
        return o.IsTime
            ? $"{FigureText.Hours(g.Value)} ({FigureText.Hours(g.Low)} … {FigureText.Hours(g.High)})"
            : $"{Signed(g.Value)} ({Signed(g.Low)} … {Signed(g.High)})";
    }

    private static string Signed(double share) =>
        (share < 0 ? "−" : "+") + Math.Abs(share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " pt";
}
