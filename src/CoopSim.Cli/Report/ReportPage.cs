using System.Globalization;
using System.Text;
using CoopSim.Cli.Rendering;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Comparisons;
using CoopSim.Studies.Expectations;
using CoopSim.Simulation.Results;

namespace CoopSim.Cli.Report;

/// <summary>
/// <c>coopsim report</c>'s page: one HTML file with its style and its charts inside it (SVG written here from the
/// run's own numbers), no script and no reference to anything outside, so it opens offline and survives mail.
/// </summary>
internal static class ReportPage
{
    public sealed record Side(ScenarioModel Scenario, SimulationRun Run);

    /// <param name="sensitivity">With <c>report --sensitivity</c>: the "What the answer depends on" section.</param>
    public static string Build(Side baseSide, Side? variant, ComparisonResult? comparison, Studies.Sensitivity.SensitivityResult? sensitivity = null)
    {
        var scenario = baseSide.Scenario;
        var run = baseSide.Run;
        var names = new WorldNames(scenario.World);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append($"<title>CoopSim report: {Svg.E(scenario.Name)}</title>\n<style>{Style}</style></head><body>\n");
        html.Append($"<h1>{Svg.E(scenario.Name)}{(variant is null ? "" : $" <span class=\"vs\">and the what-if {Svg.E(variant.Scenario.Name)}</span>")}</h1>\n");
        if (scenario.Question is { } question) html.Append($"<p class=\"question\"><b>Question.</b> {Svg.E(question)}</p>\n");
        var target = ScenarioAnswerEvaluator.TargetOf(scenario);
        if (ScenarioAnswerEvaluator.Evaluate(scenario, run, target) is { } answer)
            html.Append($"<p class=\"answer\" data-testid=\"answer\"><b>Answer.</b> {Svg.E(AnswerSentence.Of(answer, scenario, names))} <span class=\"dim\">({Svg.E(AnswerSentence.Interval(answer))})</span></p>\n");
        if (variant is not null && ScenarioAnswerEvaluator.Evaluate(variant.Scenario, variant.Run, target) is { } what)
            html.Append($"<p class=\"answer\"><b>With the what-if.</b> {Svg.E(AnswerSentence.Of(what, variant.Scenario, names))} <span class=\"dim\">({Svg.E(AnswerSentence.Interval(what))})</span></p>\n");
        if (variant is not null && comparison is not null
            && WhatIfEffect.NothingChanged(comparison, scenario, variant.Scenario, run.Result, variant.Run.Result) is { } nothing)
            html.Append($"<p class=\"answer\" data-testid=\"no-change\"><b>No change.</b> {Svg.E(nothing)}.</p>\n");
        html.Append($"<p class=\"dim\">{run.Result.Replications} simulated runs from {run.Result.Epoch.ToString("ddd d MMM yyyy HH:mm zzz", CultureInfo.InvariantCulture)}, seed {run.Result.Seed}"
            + (variant is null ? "" : "; the what-if ran with the same seed, run by run (common random numbers)") + ".</p>\n");
        Checks(html, "Checks the scenario states", scenario, run);
        if (variant is not null) Checks(html, "Checks the what-if states", variant.Scenario, variant.Run);

        foreach (var alert in run.Result.Alerts)
        {
            html.Append($"<h2>Alert {Svg.E(alert.Id)}</h2>\n");
            var countries = alert.Countries.Where(c => c.InScope || c.Reached.Value > 0).ToArray();
            var curves = new List<CdfChart.Series>();
            var i = 0;
            foreach (var c in countries)
            {
                if (variant is not null && !c.InScope) continue;
                curves.Add(new CdfChart.Series(names.Country(c.Country) + (variant is null ? "" : ", base"), variant is null ? Palette.Of(i++) : Palette.Base,
                    ReplicationSamples.HoursToCountry(run, alert.Id, c.Country)));
                if (variant is not null)
                    curves.Add(new CdfChart.Series(names.Country(c.Country) + ", what-if", Palette.Variant, ReplicationSamples.HoursToCountry(variant.Run, alert.Id, c.Country)));
            }

            var horizon = scenario.Run.Horizon.TotalHours;
            Figure(html, "Time to act, per country", "Share of all runs in which the country's first agency could act by then; the shaded band is a 95% band. A curve that ends below 100% shows runs that never got there.",
                CdfChart.Draw($"time to act, {alert.Id}", curves, horizon));

            // Agencies never reached (listed for a scoped alert) would only add flat lines.
            var agencyCurves = alert.Agencies.Where(a => a.Reached.Successes > 0).OrderBy(a => a.TimeToReach.P50).Select((a, k) =>
                new CdfChart.Series(names.AgencyShort(a.Agency), Palette.Of(k), ReplicationSamples.HoursToAgency(run, alert.Id, a.Agency))).ToArray();
            html.Append("<details><summary>Time to act, per agency</summary>\n");
            html.Append(CdfChart.Draw($"time to act per agency, {alert.Id}", agencyCurves, horizon)).Append("</details>\n");

            var reachRows = countries.Where(c => variant is null || c.InScope).Select(c =>
            {
                var bars = new List<IntervalBarChart.Bar> { new("base", Palette.Base, c.Reached.Value, c.Reached.CiLow, c.Reached.CiHigh) };
                var v = variant?.Run.Result.Alerts.FirstOrDefault(a => a.Id == alert.Id)?.Countries.FirstOrDefault(x => x.Country == c.Country);
                if (v is not null) bars.Add(new("what-if", Palette.Variant, v.Reached.Value, v.Reached.CiLow, v.Reached.CiHigh));
                return new IntervalBarChart.Row(names.Country(c.Country), bars);
            }).ToArray();
            Figure(html, "Reach, per country", "Share of runs in which the country could act on the alert at all, with its 95% interval.",
                IntervalBarChart.Draw($"reach, {alert.Id}", reachRows, 1, Percent.Of));

            // With a what-if, routes and delays are drawn for each side and labelled: the what-if is what the reader came for.
            var sides = new List<(string Label, ScenarioModel Scenario, AlertResult Alert)> { (variant is null ? "" : ", base", scenario, alert) };
            if (variant?.Run.Result.Alerts.FirstOrDefault(a => a.Id == alert.Id) is { } variantAlert) sides.Add((", what-if", variant.Scenario, variantAlert));
            foreach (var (label, side, sideAlert) in sides)
            {
                Figure(html, "The usual first routes" + label, "Capitals by longitude and latitude, each country's agencies around it (filled: reached), and the route the first copy most often took to each agency.",
                    NetworkMapChart.Draw($"first routes{label}, {alert.Id}", side.World, sideAlert));
            }

            foreach (var (label, side, sideAlert) in sides)
            {
                var sideNames = ReferenceEquals(side, scenario) ? names : new WorldNames(side.World);
                var delays = sideAlert.Agencies.Where(a => a.Breakdown.Total > 0).OrderBy(a => a.TimeToReach.P50)
                    .Select(a => new DelayStackChart.Row(sideNames.AgencyShort(a.Agency), a.Breakdown)).ToArray();
                Figure(html, "Where the time went" + label, "Mean time along the first route to each agency, over the runs that got there.",
                    DelayStackChart.Draw($"where the time went{label}, {alert.Id}", delays));
            }

            if (comparison is not null)
            {
                var rows = comparison.Countries.Where(r => r.Alert == alert.Id).ToArray();
                Figure(html, "What the what-if changes: median time to act", "What-if minus base, run by run (paired), with the 95% interval of the paired bootstrap, as `coopsim compare` prints it.",
                    DifferenceChart.Draw($"change in median, {alert.Id}", rows.Select(r => new DifferenceChart.Row(names.Country(r.Country), r.P50Hours.Difference, r.P50Hours.Low, r.P50Hours.High, r.P50Hours.Significant)).ToArray(), SignedHours));
                Figure(html, "What the what-if changes: reach", "What-if minus base in percentage points, with its paired 95% interval.",
                    DifferenceChart.Draw($"change in reach, {alert.Id}", rows.Select(r => new DifferenceChart.Row(names.Country(r.Country), r.Reach.Difference, r.Reach.Low, r.Reach.High, r.Reach.Significant)).ToArray(), Percent.Points));
            }
        }

        if (run.Result.Subjects.Count > 0) Subjects(html, scenario, run, variant);
        if (sensitivity is not null) SensitivitySection.Append(html, sensitivity);
        html.Append("<p class=\"dim\">Made by CoopSim from the runs above; nothing on this page is fetched from anywhere.</p>\n</body></html>\n");
        return html.ToString();
    }

    private static void Subjects(StringBuilder html, ScenarioModel scenario, SimulationRun run, Side? variant)
    {
        html.Append("<h2>Subjects</h2>\n");
        var rows = new List<IntervalBarChart.Row>();
        foreach (var s in run.Result.Subjects)
        {
            var name = scenario.Subjects.FirstOrDefault(x => x.Id == s.Subject)?.Name ?? s.Subject;
            var bars = new List<IntervalBarChart.Bar> { new("base", Palette.Base, s.Intercepted.Value, s.Intercepted.CiLow, s.Intercepted.CiHigh) };
            if (variant?.Run.Result.Subjects.FirstOrDefault(x => x.Subject == s.Subject) is { } v)
                bars.Add(new("what-if", Palette.Variant, v.Intercepted.Value, v.Intercepted.CiLow, v.Intercepted.CiHigh));
            rows.Add(new IntervalBarChart.Row(name, bars));
            foreach (var stop in s.Stops)
                rows.Add(new IntervalBarChart.Row($"  blocked before arrival in {stop.Country}", [new("base", "#56B4E9", stop.BlockedInTime.Value, stop.BlockedInTime.CiLow, stop.BlockedInTime.CiHigh)]));
        }

        Figure(html, "Interception", "Share of runs in which the subject is stopped in time, and per itinerary stop the share in which the border could act before the subject arrived.",
            IntervalBarChart.Draw("interception", rows, 1, Percent.Of));
    }

    private static void Checks(StringBuilder html, string title, ScenarioModel scenario, SimulationRun run)
    {
        var outcomes = ExpectationEvaluator.Evaluate(scenario, run);
        if (outcomes.Count == 0) return;
        html.Append($"<h3>{Svg.E(title)}</h3><ul class=\"checks\">\n");
        foreach (var o in outcomes)
        {
            string F(double v) => o.Unit == "h" ? HumanDuration.FromHours(v) : v.ToString("0.###", CultureInfo.InvariantCulture);
            html.Append($"<li class=\"{(o.Passed ? "pass" : "fail")}\"><b>{(o.Passed ? "PASS" : "FAIL")}</b> {Svg.E(o.Expectation.Text)}: measured {Svg.E(F(o.Value))} (95% interval {Svg.E(F(o.Low))} to {Svg.E(F(o.High))})</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Figure(StringBuilder html, string title, string caption, string svg) =>
        html.Append($"<figure><figcaption><b>{Svg.E(title)}.</b> {Svg.E(caption)}</figcaption>\n{svg}\n</figure>\n");

    private static string SignedHours(double h) =>
        double.IsNaN(h) ? "—" : h == 0 ? "0s" : (h < 0 ? HumanDuration.Minus : "+") + HumanDuration.FromHours(Math.Abs(h));

    private const string Style = """
        body { font: 15px/1.45 system-ui, "Segoe UI", Roboto, sans-serif; color: #1d2330; max-width: 800px; margin: 24px auto; padding: 0 16px; }
        h1 { font-size: 26px; margin-bottom: 4px; } h1 .vs { font-weight: 400; color: #555; font-size: 18px; }
        .question { font-size: 17px; } .answer { font-size: 18px; background: #eef5fb; border-left: 4px solid #0072B2; padding: 8px 12px; }
        .dim { color: #667; } figure { margin: 22px 0; } figcaption { margin-bottom: 6px; }
        .checks { list-style: none; padding: 0; } .checks .pass b { color: #007a55; } .checks .fail b { color: #c0392b; }
        svg.chart { max-width: 100%; height: auto; background: #fff; }
        .grid { stroke: #e3e6ec; } .zero { stroke: #333; stroke-dasharray: 3 3; }
        .tick, .key-label, .value { font-size: 11px; fill: #556; } .label { font-size: 12px; fill: #223; } .axis-label { font-size: 12px; fill: #556; }
        .band { opacity: .15; stroke: none; } .curve { fill: none; stroke-width: 2; } .whisker { stroke: #222; stroke-width: 1.5; }
        .country { fill: #f1f3f7; stroke: #c9ceda; } .country-label { font-size: 11px; fill: #445; }
        .agency { fill: #fff; stroke: #8a93a6; } .agency.reached { fill: #009E73; stroke: #006b4f; }
        .route { stroke: #D55E00; stroke-width: 2.5; opacity: .8; }
        details { margin: 8px 0 18px; } summary { cursor: pointer; color: #0072B2; }
        .indices { border-collapse: collapse; font-size: 13px; } .indices td, .indices th { padding: 2px 8px; border-bottom: 1px solid #e3e6ec; text-align: right; } .indices td:first-child, .indices th:first-child { text-align: left; }
        """;
}
