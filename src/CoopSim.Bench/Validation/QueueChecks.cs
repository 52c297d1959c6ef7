using System.Globalization;
using System.Text;
using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Validation;

/// <summary>
/// Desks with a capacity (docs/model.md, "Capacity and queue") against queueing theory, with the sizes and seeds of
/// CapacityClosedFormTests: 2,000 alerts reach one desk over a channel whose transit is uniform on [0, 2,000 h] (a
/// Poisson process of rate 1/h given its count); handling is exponential. The mean wait for an officer and the share
/// of copies that wait longer than half an hour are checked against M/M/1 and Erlang C at 99%, from ten batches of 20
/// replications (seeds 101–110).
/// </summary>
internal static class QueueChecks
{
    private const int Alerts = 2000;
    private const int Batches = 10;
    private const int ReplicationsPerBatch = 20;

    /// <summary>Student's t at 0.995 with 9 degrees of freedom.</summary>
    private const double T99 = 3.250;

    /// <summary>The tail's threshold t: P(wait > t) is checked at half an hour.</summary>
    public const double TailHours = 0.5;

    public static IReadOnlyList<SensitivityCheck> Run()
    {
        // M/M/1, λ = 1/h, μ = 2/h: Wq = ρ/(μ−λ) = 0.5 h and P(Wq > t) = ρ·e^(−(μ−λ)t).
        // M/M/2, λ = μ = 1/h: Erlang C = 1/3, Wq = C/(cμ−λ) = 1/3 h and P(Wq > t) = C·e^(−(cμ−λ)t).
        const string One = "M/M/1: c = 1, λ = 1/h, μ = 2/h", Two = "M/M/2: c = 2, λ = 1/h, μ = 1/h";
        var (oneMean, oneTail) = Measure(capacity: 1, handlingMeanHours: 0.5);
        var (twoMean, twoTail) = Measure(capacity: 2, handlingMeanHours: 1.0);
        return
        [
            Interval(One, "mean wait (h), ρ/(μ−λ)", 0.5, oneMean),
            Interval(One, "P(wait > 0.5 h), ρ·e^(−(μ−λ)t)", 0.5 * Math.Exp(-TailHours), oneTail),
            Interval(Two, "mean wait (h), Erlang C/(cμ−λ)", 1.0 / 3, twoMean),
            Interval(Two, "P(wait > 0.5 h), C·e^(−(cμ−λ)t)", Math.Exp(-TailHours) / 3, twoTail),
        ];
    }

    public static void Render(StringBuilder s)
    {
        var checks = Run();
        s.AppendLine();
        s.AppendLine("## Desks with a capacity: queueing closed forms");
        s.AppendLine();
        s.AppendLine($"{Alerts:N0} alerts issued at once reach one desk over a channel whose transit is uniform on [0, {Alerts:N0} h]: independent");
        s.AppendLine("uniform arrivals are a Poisson process of rate 1/h given its count. Handling is exponential; the desk has `capacity: c`.");
        s.AppendLine("The mean wait for a free officer (`breakdown_s.queue`) over every alert is M/M/1's ρ/(μ−λ) for c = 1 and");
        s.AppendLine("C(c, λ/μ)/(cμ − λ) (Erlang C) for c = 2; the share of copies that wait longer than t = 0.5 h is ρ·e^(−(μ−λ)t) and");
        s.AppendLine("C(c, λ/μ)·e^(−(cμ−λ)t). The interval is 99% Student t over ten batches of 20 replications (seeds 101–110).");
        s.AppendLine("Test: `dotnet test tests/CoopSim.Simulation.Tests --filter FullyQualifiedName~CapacityClosedForm`.");
        s.AppendLine();
        s.AppendLine($"- Result: {checks.Count} checks, {checks.Count(c => !c.Passed)} failed.");
        s.AppendLine();
        s.AppendLine("| desk | check | closed form | measured | 99% interval | |");
        s.AppendLine("|---|---|---:|---:|---|---|");
        foreach (var c in checks)
            s.AppendLine($"| {c.Function} | {c.Index} | {F(c.Expected)} | {F(c.Estimate)} | [{F(c.Low)}, {F(c.High)}] | {(c.Passed ? "pass" : "**FAIL**")} |");
    }

    /// <summary>Per batch, the mean wait in hours and the share of copies that waited longer than <see cref="TailHours"/>.</summary>
    private static (double[] Means, double[] Tails) Measure(int capacity, double handlingMeanHours)
    {
        var scenario = Scenario(capacity, handlingMeanHours);
        var means = new double[Batches];
        var tails = new double[Batches];
        for (var k = 0; k < Batches; k++)
        {
            var probe = new OfficerWaitProbe("b", (long)(TailHours * 3_600_000));
            var run = new InProcessEngine().RunAsync(scenario, new RunOptions(ReplicationsPerBatch, (ulong)(101 + k), Workers: 1, KeepReplications: false,
                Probe: probe)).GetAwaiter().GetResult();
            means[k] = run.Result.Alerts.Average(a => a.Agencies.Single(r => r.Agency == "b").Breakdown.Waiting) / 3600.0;
            tails[k] = probe.ShareAbove;
        }

        return (means, tails);
    }

    private static SensitivityCheck Interval(string desk, string check, double expected, double[] batches)
    {
        var mean = batches.Average();
        var half = T99 * Math.Sqrt(batches.Sum(m => (m - mean) * (m - mean)) / (Batches - 1)) / Math.Sqrt(Batches);
        return new SensitivityCheck(desk, check, expected, mean, mean - half, mean + half);
    }

    private static ScenarioModel Scenario(int capacity, double handlingMeanHours)
    {
        var country = new Country("AA", "AA", 0, ["en"], [DayOfWeek.Saturday, DayOfWeek.Sunday]);
        Agency Agency(string id, IReadOnlyList<HandlingDelay> rules, int? officers) => new(id, id, "AA", AgencyKind.NationalPolice,
            OfficeHours.Always, [], rules, Capability.Relay, RelayPolicy.All, Capacity: officers);
        var handling = new HandlingDelay(null, null, new ShiftedExponentialDelay(Duration.Zero, Duration.FromHours(handlingMeanHours)));
        var channel = new Channel("ab", "a", "b", false, ChannelKind.BilateralDesk, new UniformDelay(Duration.Zero, Duration.FromHours(Alerts)),
            0, TranslationMode.Never, null, false, null, null);
        var alerts = Enumerable.Range(0, Alerts)
            .Select(i => new AlertSpec("A" + i.ToString(CultureInfo.InvariantCulture), AlertKind.WantedPerson, Priority.Urgent, "a", Duration.Zero,
                AlertScope.Everywhere, null, null, []))
            .ToArray();
        var world = new WorldModel([country], [], [Agency("a", [], null), Agency("b", [handling], capacity)], [channel], [], WorldDefaults.Standard);
        return new ScenarioModel("queue-closed-form", null, "queue-closed-form.yaml", world, new DateTimeOffset(2025, 4, 14, 9, 0, 0, TimeSpan.Zero),
            alerts, [], [], new RunSettings(101, ReplicationsPerBatch, Duration.FromDays(400)), []);
    }

    private static string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
}
