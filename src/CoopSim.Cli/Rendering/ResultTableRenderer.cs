using System.Globalization;
using CoopSim.Model;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Statistics;
using Spectre.Console;

namespace CoopSim.Cli.Rendering;

/// <summary>The terminal summary of a run: per alert, how far and how fast; then subjects and channels.</summary>
public static class ResultTableRenderer
{
    public static void Render(IAnsiConsole console, SimulationResult result)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(result.Scenario)}[/]").LeftJustified());
        if (result.Question is { } question) console.MarkupLine($"[italic]{Markup.Escape(question)}[/]");
        console.MarkupLine($"{result.Replications} replications, seed {result.Seed}, epoch {result.Epoch:yyyy-MM-dd HH:mm zzz}, {result.Events:N0} events");

        foreach (var alert in result.Alerts) RenderAlert(console, alert);
        if (result.Subjects.Count > 0) RenderSubjects(console, result);
        RenderChannels(console, result);
    }

    private static void RenderAlert(IAnsiConsole console, AlertResult alert)
    {
        console.WriteLine();
        var scope = alert.Scope.Count == 1 && alert.Scope[0] == "*" ? "everywhere" : string.Join(", ", alert.Scope);
        console.MarkupLine(
            $"[bold]{Markup.Escape(alert.Id)}[/] {KebabCase.Of(alert.Kind)} ({KebabCase.Of(alert.Priority)}) from [bold]{Markup.Escape(alert.Origin)}[/], scope {Markup.Escape(scope)}");
        console.MarkupLine(
            $"  reaches {F(alert.AgenciesReached.Mean, "0.0")} agencies and {F(alert.CountriesReached.Mean, "0.0")} countries on average; {P(alert.ScopeShare.Mean)} of its scope; {F(alert.LostRelays.Mean, "0.00")} relays lost per run");

        var countries = new Table().Border(TableBorder.Rounded).Title("countries");
        countries.AddColumns("country", "in scope", "reached", "95% CI", "p50", "p90", "first agency");
        foreach (var c in alert.Countries)
        {
            countries.AddRow(Markup.Escape(c.Country), c.InScope ? "yes" : "", P(c.Reached.Value), Ci(c.Reached),
                HumanDuration.Format(c.TimeToReach.P50), HumanDuration.Format(c.TimeToReach.P90), Markup.Escape(c.FirstAgency ?? "—"));
        }

        console.Write(countries);

        var agencies = new Table().Border(TableBorder.Rounded).Title("agencies");
        agencies.AddColumns("agency", "reached", "p50", "p90", "hops", "first path (share)", "where the time went (mean)");
        foreach (var a in alert.Agencies)
        {
            var path = a.Path is { } p ? $"{string.Join(" → ", p.Agencies)} ({P(p.Share)})" : "";
            agencies.AddRow(Markup.Escape(a.Agency), P(a.Reached.Value), HumanDuration.Format(a.TimeToReach.P50),
                HumanDuration.Format(a.TimeToReach.P90), F(a.Hops.Mean, "0.0"), Markup.Escape(path), Breakdown(a.Breakdown));
        }

        console.Write(agencies);
    }

    private static void RenderSubjects(IAnsiConsole console, SimulationResult result)
    {
        console.WriteLine();
        var table = new Table().Border(TableBorder.Rounded).Title("subjects");
        table.AddColumns("subject", "alert", "intercepted", "95% CI", "stop", "block in time", "lead p50");
        foreach (var s in result.Subjects)
        {
            foreach (var (stop, i) in s.Stops.Select((x, i) => (x, i)))
            {
                table.AddRow(i == 0 ? Markup.Escape(s.Subject) : "", i == 0 ? Markup.Escape(s.Alert) : "",
                    i == 0 ? P(s.Intercepted.Value) : "", i == 0 ? Ci(s.Intercepted) : "",
                    $"{Markup.Escape(stop.Country)} at +{HumanDuration.Format(stop.ArrivesAtSeconds)}", P(stop.BlockedInTime.Value), HumanDuration.Format(stop.LeadTime.P50));
            }
        }

        console.Write(table);
    }

    private static void RenderChannels(IAnsiConsole console, SimulationResult result)
    {
        var used = result.Channels.Where(c => c.Messages > 0).ToArray();
        if (used.Length == 0) return;
        console.WriteLine();
        var table = new Table().Border(TableBorder.Rounded).Title("channels (per run)");
        table.AddColumns("channel", "kind", "messages", "lost", "dropped (outage)", "held (outage)");
        foreach (var c in used)
            table.AddRow(Markup.Escape(c.Id), KebabCase.Of(c.Kind), F(c.Messages, "0.0"), F(c.Lost, "0.00"), F(c.DroppedByOutage, "0.00"), F(c.Held, "0.00"));
        console.Write(table);
    }

    private static string Breakdown(DelayBreakdown b)
    {
        var parts = DelayText.Describe(b.Held, b.Transit, b.OfficeWait, b.Queue, b.Translation, b.LegalReview);
        return parts.Length == 0 ? "origin" : parts;
    }

    private static string P(double p) => double.IsNaN(p) ? "—" : (p * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
    private static string Ci(Proportion p) => double.IsNaN(p.Value) ? "—" : $"{P(p.CiLow)}–{P(p.CiHigh)}";
    private static string F(double v, string format) => double.IsNaN(v) ? "—" : v.ToString(format, CultureInfo.InvariantCulture);
}
