using CoopSim.Model;

namespace CoopSim.Bench.Validation;

/// <summary>
/// An origin sends routine and urgent alerts to an office (random hours, time zone and weekend) and to a
/// 24/7 desk in the same country, at random times over two weeks.
/// </summary>
internal sealed class OfficeHoursFamily : IValidationFamily
{
    public static readonly int[] OffsetsMinutes = [-600, -480, -300, -210, -180, 0, 60, 180, 270, 330, 345, 420, 480, 540, 570, 600, 765, 840];

    public static readonly DayOfWeek[][] Weekends =
    [
        [DayOfWeek.Saturday, DayOfWeek.Sunday], [DayOfWeek.Friday, DayOfWeek.Saturday], [DayOfWeek.Sunday],
        [DayOfWeek.Friday], [DayOfWeek.Thursday, DayOfWeek.Friday], [],
    ];

    public const int Replications = 3;

    public const int AlertsPerPriority = 3;

    public string Id => "office-hours";

    public string Title => "Office hours and time zones: the exact local-time wait";

    public string ClosedForm =>
        "With fixed transit d and arrival at UTC instant a, local time ℓ = a + offset. A routine item waits " +
        "w(ℓ) = 0 if ℓ falls on a working day within [open, close), otherwise until `open` on the next working day " +
        "(today if ℓ is before `open` on a working day); so it can act at d + w(ℓ). An urgent item waits 0 when the " +
        "office is open and, when it is closed, the sooner of the fixed urgent-duty delay and w(ℓ). A 24/7 desk never waits: every item, " +
        "routine or urgent, can act at d. Checked exactly (to the millisecond) in every replication, with the wait " +
        "computed by calendar arithmetic independent of the kernel.";

    public string TestName => "OfficeHoursProperties";

    public ulong PropertySeed => 1504;

    public int DefaultWorlds => 30;

    public int ChecksPerWorld => 0;

    public IReadOnlyList<string> PooledScores { get; } = [];

    public IValidationCase Generate(ulong seed)
    {
        var random = new SimRandom(seed);
        var offset = Draw.Pick(ref random, OffsetsMinutes);
        var weekend = Draw.Pick(ref random, Weekends);
        var opens = Draw.Int(ref random, 24, 40) * 15;
        var closes = Draw.Int(ref random, 60, 80) * 15;
        var duty = Draw.Int(ref random, 0, 24) * 5;
        var toOffice = Draw.Int(ref random, 1, 48) * 15;
        var toDesk = Draw.Int(ref random, 1, 48) * 15;
        var epoch = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(Draw.Int(ref random, 0, 364)).AddMinutes(Draw.Int(ref random, 0, 95) * 15);
        var alerts = new List<OfficeAlert>();
        foreach (var priority in new[] { "routine", "urgent" })
            for (var i = 0; i < AlertsPerPriority; i++)
                alerts.Add(new OfficeAlert($"{priority[0]}{i}".ToUpperInvariant(), priority == "urgent", Draw.Int(ref random, 0, 14 * 96) * 15L));

        var world = new WorldYamlBuilder().Country("HQ").Country("OF", offset, weekend)
            .Agency("origin", "HQ")
            .Agency("office", "OF", WorldYamlBuilder.Hours(opens, closes, duty), relays: false)
            .Agency("desk", "OF", relays: false)
            .Channel("to-office", "origin", "office", WorldYamlBuilder.Minutes(toOffice))
            .Channel("to-desk", "origin", "desk", WorldYamlBuilder.Minutes(toDesk));
        var scenario = new ScenarioYamlBuilder($"office-hours-{seed:x16}", "Does each item wait exactly the local-time rule?",
            epoch, seed % 1_000_000, Replications);
        foreach (var a in alerts) scenario.Alert(a.Id, "origin", a.Urgent ? "urgent" : "routine", a.AtMinutes);
        var days = weekend.Length == 0 ? "none" : string.Join("/", weekend.Select(d => d.ToString()[..3]));
        var summary = $"UTC{WorldYamlBuilder.Offset(offset)}, open {opens / 60:D2}:{opens % 60:D2}–{closes / 60:D2}:{closes % 60:D2}, weekend {days}, duty {duty} min, transit {toOffice}/{toDesk} min";
        var spec = new OfficeHoursCase.Shape(epoch, offset, weekend.ToHashSet(), TimeSpan.FromMinutes(opens), TimeSpan.FromMinutes(closes),
            duty, toOffice, toDesk, alerts);
        return new OfficeHoursCase(new GeneratedScenario(Id, seed, summary, world.Build(), scenario.Build()), spec);
    }
}
