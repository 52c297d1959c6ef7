using System.Text.Json;

namespace CoopSim.Workshop.Tests;

/// <summary>The header's counters and the narration, driven step by step through the session (no browser).</summary>
public sealed class PlaybackCountersTests
{
    [Fact]
    public void Counters_TwoInjectedAlerts_CountDistinctAgenciesAndCountriesNeverAboveTheWorld()
    {
        var timeline = WorkshopFixtures.Timeline();
        using var session = new PlaybackSession(timeline, 3600);
        Assert.NotNull(session.Inject("kr.knpa", "wanted-person"));
        Assert.NotNull(session.Inject("vn.mps", "fraud-bulletin"));
        StepToTheEnd(session);

        var acted = timeline.Hops.Where(h => h.Outcome is "delivered" or "issued").ToArray();
        var distinctAgencies = acted.Select(h => h.To).Distinct().Count();
        var distinctCountries = acted.Select(h => timeline.World.CountryOf(h.To)).Where(c => c is not null).Distinct().Count();
        var perAlertSum = acted.Select(h => (h.Alert, h.To)).Distinct().Count();

        // The alerts overlap, so adding them up (the old counter) would exceed the distinct count.
        Assert.True(perAlertSum > distinctAgencies, $"{perAlertSum} vs {distinctAgencies}: the fixture must overlap to test anything");
        Assert.Equal(distinctAgencies, session.ReachedAgencies);
        Assert.Equal(distinctCountries, session.ReachedCountries);
        Assert.InRange(session.ReachedAgencies, 1, timeline.World.Agencies.Count);
        Assert.InRange(session.ReachedCountries, 1, timeline.World.Countries.Count);
    }

    [Fact]
    public void Narration_WholeReplay_NarratesTheFirstCopyBeforeItsDuplicates()
    {
        var timeline = WorkshopFixtures.Timeline();
        Assert.NotNull(timeline.Inject("kr.knpa", "wanted-person", 1));
        using var session = new PlaybackSession(timeline, 3600);
        var reader = session.Subscribe(out var unsubscribe);
        StepToTheEnd(session);
        unsubscribe();

        var narrated = new List<(string Alert, string To, string Outcome, string Text)>();
        while (reader.TryRead(out var message))
        {
            if (!message.StartsWith("event: act", StringComparison.Ordinal)) continue;
            using var doc = JsonDocument.Parse(message[(message.IndexOf("data: ", StringComparison.Ordinal) + 6)..]);
            var e = doc.RootElement;
            if (e.GetProperty("text").ValueKind != JsonValueKind.String) continue;
            narrated.Add((e.GetProperty("alert").GetString()!, e.GetProperty("to").GetString()!, e.GetProperty("outcome").GetString()!, e.GetProperty("text").GetString()!));
        }

        var duplicates = narrated.Where(n => n.Outcome == "duplicate").ToArray();
        Assert.NotEmpty(duplicates);
        foreach (var d in duplicates)
        {
            var first = narrated.FindIndex(n => n.Alert == d.Alert && n.To == d.To && n.Outcome is "arrived" or "issued");
            Assert.True(first >= 0 && first < narrated.IndexOf(d), $"duplicate narrated before its first copy: {d.Text}");
        }
    }

    [Fact]
    public void Clock_AWeekAfterIssue_ShowsTheDate()
    {
        var world = WorkshopFixtures.Timeline().World;
        var epoch = new DateTimeOffset(2025, 4, 18, 10, 0, 0, TimeSpan.FromHours(9));
        Assert.Equal("Fri 10:00 Republic of Korea time", Narrator.Clock(0, "kr.knpa", world, epoch));
        Assert.Equal("Fri 25 Apr 10:00 Republic of Korea time", Narrator.Clock(7 * 86_400_000L, "kr.knpa", world, epoch));
    }

    private static void StepToTheEnd(PlaybackSession session)
    {
        for (var i = 0; i < 100_000; i++)
        {
            var before = session.ClockMs;
            session.Step();
            if (session.ClockMs == before) return;
        }

        Assert.Fail("the timeline never ended");
    }
}
