using System.Globalization;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Results;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Probes;
using Spectre.Console;

namespace CoopSim.Cli.Rendering;

/// <summary>
/// The terminal summary of a run, written for a planner: the scenario's question and its answer first, then per
/// alert the countries and agencies in the order they could act (the first <see cref="MaxRows"/>), by name, with the columns explained once under
/// the tables; then subjects and channels.
/// </summary>
internal static class ResultTableRenderer
{
    /// <summary>
    /// Rows a table shows at most: a generated world of 10,000 agencies and 200 alerts printed 1.6 GB of tables in six
    /// minutes; a terminal summary shows the first to act (the busiest channels), and says how many it left out.
    /// </summary>
    internal const int MaxRows = 50;

    public static void Render(IAnsiConsole console, ScenarioModel scenario, SimulationRun run)
    {
        var result = run.Result;
        var names = new WorldNames(scenario.World);
        console.Write(new Rule($"[bold]{Markup.Escape(result.Scenario)}[/]").LeftJustified());
        if (result.Question is { } question) console.MarkupLine($"[bold]Question:[/] {Markup.Escape(question)}");
        var answer = ScenarioAnswerEvaluator.Evaluate(scenario, run);
        if (answer is not null) console.MarkupLine($"[bold]Answer:[/] {Markup.Escape(AnswerSentence.Of(answer, scenario, names))}");
        var interval = answer is null ? "" : $"; {AnswerSentence.Interval(answer)}";
        console.MarkupLine(Markup.Escape(
            $"({result.Replications.ToString(CultureInfo.InvariantCulture)} simulated runs starting {Start(result.Epoch)}, seed {result.Seed}{interval})"));
        if (TimeHolder.Of(scenario, result, names, CombinedProbe.Find<RouteHopProbe>(run.Probe)) is { } holder) console.MarkupLine(Markup.Escape(holder));

        for (var i = 0; i < result.Alerts.Count; i++) RenderAlert(console, scenario, result, result.Alerts[i], names, legend: i == 0);
        if (result.Subjects.Count > 0) RenderSubjects(console, scenario, result, names);
        RenderChannels(console, result);
        RenderDesks(console, result, names);
    }

    private static string Start(DateTimeOffset epoch)
    {
        var offset = epoch.Offset;
        var sign = offset < TimeSpan.Zero ? HumanDuration.Minus : "+";
        return $"{epoch.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} UTC{sign}{offset.Duration():hh\\:mm}";
    }

    private static void RenderAlert(IAnsiConsole console, ScenarioModel scenario, SimulationResult result, AlertResult alert, WorldNames names, bool legend)
    {
        console.WriteLine();
        var spec = scenario.Alerts.FirstOrDefault(a => a.Id == alert.Id);
        var scope = alert.Scope.Count == 1 && alert.Scope[0] == "*" ? "every country" : string.Join(", ", alert.Scope.Select(names.Country));
        var title = spec?.Title is { } t ? $": {t}" : "";
        console.MarkupLine($"[bold]{Markup.Escape(alert.Id)}{Markup.Escape(title)}[/]");
        console.MarkupLine(Markup.Escape(
            $"  {(alert.Priority == Model.World.Priority.Urgent ? "urgent" : "routine")} {KebabCase.Of(alert.Kind).Replace('-', ' ')} from {names.Agency(alert.Origin)}, meant for {scope}"));
        console.MarkupLine(Markup.Escape(
            $"  on average {F(alert.AgenciesReached.Mean, "0.0")} agencies in {F(alert.CountriesReached.Mean, "0.0")} countries could act on it; "
            + $"{Percent.Of(alert.ScopeShare.Mean)} of the countries meant; {F(alert.LostRelays.Mean, "0.00")} messages per run never arrived (lost or dropped by an outage)"));

        var countries = new Table().Border(TableBorder.Rounded).Title("countries, first to act first");
        AddColumns(countries, "country", "meant for", "reached", "95% interval", "median", "9 in 10 by", "first to act there");
        var countryRows = alert.Countries.OrderBy(c => c.TimeToReach.P50, TimeOrder).ThenByDescending(c => c.Reached.Value).ThenBy(c => c.Country, StringComparer.Ordinal).ToArray();
        foreach (var c in countryRows.Take(MaxRows))
        {
            countries.AddRow(E(names.Country(c.Country)), c.InScope ? "yes" : "no", Percent.Of(c.Reached.Value), Percent.Range(c.Reached.CiLow, c.Reached.CiHigh),
                HumanDuration.Format(c.TimeToReach.P50), HumanDuration.Format(c.TimeToReach.P90), E(c.FirstAgency is { } f ? names.AgencyShort(f) : "—"));
        }

        console.Write(countries);
        MoreRows(console, countryRows.Length, "countries", "in the same order");

        var agencies = new Table().Border(TableBorder.Rounded).Title("agencies, first to act first");
        AddColumns(agencies, "agency", "reached", "95% interval", "median", "9 in 10 by", "steps", "usual first route (share of runs)", "where the time went (mean)");
        var agencyRows = alert.Agencies.OrderBy(a => a.TimeToReach.P50, TimeOrder).ThenByDescending(a => a.Reached.Value).ThenBy(a => a.Agency, StringComparer.Ordinal).ToArray();
        foreach (var a in agencyRows.Take(MaxRows))
        {
            // An in-scope agency never reached has no route and no delays to show.
            var never = a.Reached.Successes == 0;
            var path = never ? "—" : a.Path is { } p && p.Agencies.Count > 1 ? $"{string.Join(" → ", p.Agencies.Select(names.AgencyShort))} ({Percent.Of(p.Share)})" : "origin";
            agencies.AddRow(E(names.Agency(a.Agency)), Percent.Of(a.Reached.Value), Percent.Range(a.Reached.CiLow, a.Reached.CiHigh),
                HumanDuration.Format(a.TimeToReach.P50), HumanDuration.Format(a.TimeToReach.P90), F(a.Hops.Mean, "0.0"), E(path), never ? "—" : E(Breakdown(a.Breakdown)));
        }

        console.Write(agencies);
        MoreRows(console, agencyRows.Length, "agencies", "in the same order");
        if (legend) RenderLegend(console, result.Replications);
    }

    private static void RenderLegend(IAnsiConsole console, int runs)
    {
        string[] lines =
        [
            $"reached: in how many of the {runs} simulated runs the agency (or the country's first agency) could act on the alert.",
            "95% interval: where the true share lies with 95% confidence, given this many runs.",
            "median, 9 in 10 by: half, and nine in ten, of all runs had it able to act by then; a run that never got there counts as never.",
            "steps: channels the copy acted on crossed, on average (an agency acts on the copy that lets it act first). Usual first route: that copy's route most often.",
            "where the time went: mean over runs that got there: transit on channels, waiting for office hours, handling, translation, legal review (docs/model.md).",
        ];
        foreach (var line in lines) console.MarkupLine($"[dim]{Markup.Escape(line)}[/]");
    }

    private static void RenderSubjects(IAnsiConsole console, ScenarioModel scenario, SimulationResult result, WorldNames names)
    {
        console.WriteLine();
        var table = new Table().Border(TableBorder.Rounded).Title("subjects");
        AddColumns(table, "subject", "alert", "stopped in time", "95% interval", "stop", "arrives", "blocked before arrival", "median lead");
        foreach (var s in result.Subjects)
        {
            var name = scenario.Subjects.FirstOrDefault(x => x.Id == s.Subject)?.Name ?? s.Subject;
            foreach (var (stop, i) in s.Stops.Select((x, i) => (x, i)))
            {
                table.AddRow(i == 0 ? E(name) : "", i == 0 ? E(s.Alert) : "",
                    i == 0 ? Percent.Of(s.Intercepted.Value) : "", i == 0 ? Percent.Range(s.Intercepted.CiLow, s.Intercepted.CiHigh) : "",
                    E(names.Country(stop.Country)), "+" + HumanDuration.Format(stop.ArrivesAtSeconds), Percent.Of(stop.BlockedInTime.Value), HumanDuration.Format(stop.LeadTime.P50));
            }
        }

        console.Write(table);
        console.MarkupLine("[dim]lead: how long before the subject's arrival the border could act (negative: too late), over runs where the alert got there.[/]");
    }

    private static void RenderChannels(IAnsiConsole console, SimulationResult result)
    {
        var used = result.Channels.Where(c => c.Messages > 0).ToArray();
        if (used.Length == 0) return;
        console.WriteLine();
        var table = new Table().Border(TableBorder.Rounded).Title("channels used (mean per run)");
        AddColumns(table, "channel", "kind", "messages", "lost", "dropped (outage)", "held (outage)", "expired");
        // Past the limit, the busiest channels, still in channel order.
        var shown = (used.Length <= MaxRows ? used : used.OrderByDescending(c => c.Messages).Take(MaxRows)).ToHashSet();
        foreach (var c in used.Where(shown.Contains))
            table.AddRow(E(c.Id), KebabCase.Of(c.Kind), F(c.Messages, "0.0"), F(c.Lost, "0.00"), F(c.DroppedByOutage, "0.00"), F(c.Held, "0.00"), F(c.Expired, "0.00"));
        console.Write(table);
        MoreRows(console, used.Length, "channels carried messages", $"the {MaxRows} busiest are shown");
    }

    /// <summary>Agencies with a capacity (docs/model.md, "Capacity and queue"): nothing is printed for a run without one.</summary>
    private static void RenderDesks(IAnsiConsole console, SimulationResult result, WorldNames names)
    {
        if (result.Desks.Count == 0) return;
        console.WriteLine();
        var table = new Table().Border(TableBorder.Rounded).Title("desks with a capacity: the wait for a free officer");
        AddColumns(table, "agency", "officers", "copies per run", "mean wait", "median", "9 in 10 by", "busiest hour (arrivals per run)");
        foreach (var d in result.Desks)
        {
            var from = result.Epoch.AddSeconds(d.BusiestHourFromS);
            var busiest = d.WaitS.N == 0 ? "—" : $"+{HumanDuration.Format(d.BusiestHourFromS)}, {from.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)} ({F(d.BusiestHourArrivals, "0.0")})";
            table.AddRow(E(names.AgencyShort(d.Agency)), d.Capacity.ToString(CultureInfo.InvariantCulture),
                F(result.Replications == 0 ? double.NaN : d.WaitS.N / (double)result.Replications, "0.0"),
                d.WaitS.N == 0 ? "—" : HumanDuration.Format(d.WaitS.Mean), d.WaitS.N == 0 ? "—" : HumanDuration.Format(d.WaitS.P50),
                d.WaitS.N == 0 ? "—" : HumanDuration.Format(d.WaitS.P90), E(busiest));
        }

        console.Write(table);
        console.MarkupLine("[dim]over every alert's copy the desk acted on; busiest hour: the hour of the run (from its start, in the start's time zone) in which most of them arrived.[/]");
    }

    /// <summary>Under a table cut at <see cref="MaxRows"/>: how many rows were left out, and where to find them all.</summary>
    private static void MoreRows(IAnsiConsole console, int rows, string what, string which)
    {
        if (rows <= MaxRows) return;
        console.MarkupLine(Markup.Escape(
            $"… and {(rows - MaxRows).ToString("N0", CultureInfo.InvariantCulture)} more {what} ({which}); --format csv or --format json lists every one."));
    }

    /// <summary>Values never wrap inside themselves; only the long text columns (names, routes) may wrap.</summary>
    private static void AddColumns(Table table, params string[] headers)
    {
        foreach (var header in headers)
        {
            var column = new TableColumn(header);
            if (header is not ("agency" or "country" or "subject" or "channel") && !header.Contains("route") && !header.Contains("time went") && !header.Contains("first to act"))
                column.NoWrap();
            table.AddColumn(column);
        }
    }

    /// <summary>Times in order, "never" (+∞) and undefined (NaN) last.</summary>
    private static readonly Comparer<double> TimeOrder = Comparer<double>.Create((x, y) =>
        (double.IsNaN(x) ? double.MaxValue : x).CompareTo(double.IsNaN(y) ? double.MaxValue : y));

    private static string Breakdown(DelayBreakdown b)
    {
        var parts = DelayText.Describe(b.Held, b.Transit, b.OfficeWait, b.Queue, b.Translation, b.LegalReview, b.Waiting);
        return parts.Length == 0 ? "origin" : parts;
    }

    private static string E(string text) => Markup.Escape(text);
    private static string F(double v, string format) => double.IsNaN(v) ? "—" : v.ToString(format, CultureInfo.InvariantCulture);
}
