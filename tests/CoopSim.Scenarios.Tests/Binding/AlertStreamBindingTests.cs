using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;

namespace CoopSim.Scenarios.Tests.Binding;

/// <summary>docs/scenario-format.md, "Alert streams", and docs/model.md, "Issue": a stream is one block for N alerts.</summary>
public sealed class AlertStreamBindingTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private LoadResult<ScenarioModel> Load(string stream, string seed = "7") => ScenarioLoader.Load(_files.Write("stream.yaml", $$"""
        name: stream
        world: {SEEDS}
        start: 2025-04-18T10:00:00+09:00
        run: {seed: {{seed}}}
        streams:
          - {{stream}}
        """));

    private static IReadOnlyList<AlertSpec> Alerts(LoadResult<ScenarioModel> result)
    {
        Assert.Empty(result.Diagnostics);
        return result.Value!.Alerts;
    }

    [Fact]
    public void Load_FixedSpacingWithCount_IssuesCountAlertsEverySpacing()
    {
        var alerts = Alerts(Load("{id: F, kind: fraud-bulletin, priority: urgent, origin: kr.knpa, scope: [VN], from: 1h, every: 20m, count: 4}"));

        Assert.Equal(["F-1", "F-2", "F-3", "F-4"], alerts.Select(a => a.Id));
        Assert.Equal([60L, 80, 100, 120], alerts.Select(a => a.IssuedAt.Milliseconds / Duration.MillisecondsPerMinute));
        Assert.All(alerts, a => Assert.Equal((AlertKind.FraudBulletin, Priority.Urgent, "kr.knpa"), (a.Kind, a.Priority, a.Origin)));
        Assert.All(alerts, a => Assert.Equal(["VN"], a.Scope.Countries));
    }

    [Fact]
    public void Load_FixedSpacingWithUntil_StopsBeforeTheEnd()
    {
        // Half-open like every window: an alert due exactly at `until` is not issued.
        var alerts = Alerts(Load("{id: F, kind: fraud-bulletin, origin: kr.knpa, every: 1h, until: 3h}"));

        Assert.Equal([0L, 1, 2], alerts.Select(a => a.IssuedAt.Milliseconds / Duration.MillisecondsPerHour));
    }

    [Fact]
    public void Load_PoissonRate_SameSeedSameTimesAndMeanSpacingNearTheRate()
    {
        const string Stream = "{id: P, kind: fraud-bulletin, origin: kr.knpa, rate: 6/h, count: 2000}";
        var times = Alerts(Load(Stream)).Select(a => a.IssuedAt.Milliseconds).ToArray();
        var again = Alerts(Load(Stream)).Select(a => a.IssuedAt.Milliseconds).ToArray();
        var otherSeed = Alerts(Load(Stream, seed: "8")).Select(a => a.IssuedAt.Milliseconds).ToArray();

        Assert.Equal(times, again);
        Assert.NotEqual(times, otherSeed);
        Assert.True(times.Zip(times.Skip(1)).All(p => p.First <= p.Second), "issue times are in order");
        // 2,000 exponential spacings of mean 10 min: the sample mean's sd is 10/√2000 ≈ 0.22 min; 1 min is over 4 sd.
        Assert.InRange(times[^1] / 2000.0 / Duration.MillisecondsPerMinute, 9.0, 11.0);
    }

    [Fact]
    public void Load_PoissonRateWithUntil_IssuesOnlyBeforeTheEnd()
    {
        var alerts = Alerts(Load("{id: P, kind: fraud-bulletin, origin: kr.knpa, rate: 200/7d, until: 7d}"));

        Assert.All(alerts, a => Assert.InRange(a.IssuedAt.Milliseconds, 1, 7 * Duration.MillisecondsPerDay - 1));
        // Poisson(200): 4 sd is ±57.
        Assert.InRange(alerts.Count, 143, 257);
    }

    [Fact]
    public void Load_StreamBesideWrittenAlerts_ExpectationsCanNameItsAlerts()
    {
        var result = ScenarioLoader.Load(_files.WriteGoodWith("""
            streams:
              - {id: F, kind: fraud-bulletin, origin: kr.knpa, every: 1h, count: 3}
            expect:
              - reach: {alert: F-3, agency: kr.knpa, at-least: 1}
            """));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["A", "F-1", "F-2", "F-3"], result.Value!.Alerts.Select(a => a.Id));
    }

    [Theory]
    [InlineData("{id: F, kind: fraud-bulletin, origin: kr.knpa, count: 3}", "an alert stream has 'every' (fixed spacing) or 'rate' (Poisson arrivals, like 3/h), one of the two")]
    [InlineData("{id: F, kind: fraud-bulletin, origin: kr.knpa, every: 1h, rate: 1/h, count: 3}", "an alert stream has 'every' (fixed spacing) or 'rate' (Poisson arrivals, like 3/h), one of the two")]
    [InlineData("{id: F, kind: fraud-bulletin, origin: kr.knpa, every: 1h}", "an alert stream needs a 'count', an 'until', or both")]
    [InlineData("{id: F, kind: fraud-bulletin, origin: kr.knpa, rate: fast, count: 3}", "rate must be a number of alerts per period, like 3/h or 200/7d, not 'fast'")]
    [InlineData("{id: F, kind: fraud-bulletin, origin: kr.knpa, rate: 0/h, count: 3}", "rate must be a number of alerts per period, like 3/h or 200/7d, not '0/h'")]
    [InlineData("{id: F, kind: fraud-bulletin, origin: kr.knpa, every: 0m, count: 3}", "every must be above zero")]
    [InlineData("{id: F, kind: fraud-bulletin, origin: kr.knpa, every: 1h, count: 2.5}", "count must be a whole number from 1 to 100,000")]
    [InlineData("{id: F, kind: fraud-bulletin, origin: kr.knpa, every: 1h, from: 2h, until: 1h}", "until must come after the stream's first issue time ('from', default the start)")]
    [InlineData("{id: F, kind: fraud-bulletin, origin: kr.knpa, every: 1ms, until: 1000d}", "stream 'F' would issue more than 100,000 alerts, or past the longest time a scenario can run")]
    [InlineData("{id: F, kind: fraud-bulletin, origin: kr.knpa, every: 1h, count: 3, cadence: 2}", "unknown key 'cadence' in an alert stream")]
    public void Load_BadStream_IsOneErrorAtItsPlace(string stream, string message)
    {
        var result = Load(stream);

        var d = Assert.Single(result.Diagnostics);
        Assert.Matches(@"^.*stream\.yaml\(6,\d+\): error: ", d.ToString());
        Assert.Contains(message, d.ToString(), StringComparison.Ordinal);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Load_StreamAlertIdTakenByAWrittenAlert_IsAnErrorAtTheStreamsId()
    {
        var result = ScenarioLoader.Load(_files.WriteGoodWith("""
            streams:
              - {id: A, kind: fraud-bulletin, origin: kr.knpa, every: 1h, count: 3}
              - {id: B, kind: fraud-bulletin, origin: kr.knpa, every: 1h, count: 1}
            """.Replace("id: A,", "id: X,", StringComparison.Ordinal).Replace("id: B,", "id: X,", StringComparison.Ordinal)));

        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("s.yaml(11,", StringComparison.Ordinal)
            && d.ToString().EndsWith("this stream issues alert 'X-1', an id another alert already has", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_StreamsPastAMillionAlertsInAll_IsAnErrorAtTheStreamThatCrossesIt()
    {
        var streams = string.Concat(Enumerable.Range(0, 11).Select(i => $"  - {{id: S{i}, kind: fraud-bulletin, origin: kr.knpa, every: 1m, count: 100000}}\n"));
        var result = ScenarioLoader.Load(_files.WriteGoodWith("streams:\n" + streams));

        var d = Assert.Single(result.Diagnostics);
        Assert.Matches(@"s\.yaml\(20,\d+\): error: with this stream the scenario's streams would issue more than 1,000,000 alerts in all$", d.ToString());
    }
}
