using CoopSim.Model;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Tests.Fold;

/// <summary>Regrouping the partitions' reach logs by alert gives each alert exactly its records, in agency order, in one pass or in blocks.</summary>
public sealed class AlertRegrouperTests
{
    private const int Alerts = 6;

    [Theory]
    [InlineData(1_000, 1)]
    [InlineData(40, 2)]
    [InlineData(7, 6)]
    [InlineData(1, Alerts)]
    public void ForEachAlert_AnyBlockSize_EachAlertGetsItsRecordsInAgencyOrder(int blockRecords, int leastPasses)
    {
        var (logs, expected) = RandomLogs(seed: 11, agencies: 9);
        var regrouper = new AlertRegrouper(Alerts, blockRecords);
        var visitor = new Recorder(new List<(int, ReachRecord[])>());

        regrouper.ForEachAlert(logs, [visitor]);

        Assert.Equal(expected, visitor.Seen.Select(v => (v.Item1, v.Item2)).ToArray(), new AlertRecordsComparer());
        Assert.True(regrouper.LastPasses >= leastPasses, $"{regrouper.LastPasses} passes");
    }

    [Theory]
    [InlineData(9)]
    [InlineData(1_000)]
    [InlineData(2_000_000)]
    public void ForEachAlert_DenseOrSparseAgencies_EachAlertGetsItsRecordsInAgencyOrder(int agencies)
    {
        // Nine agencies reach nearly every alert; out of 1,000 a few hundred do, with gaps between them (the table walk); out of two million, a
        // few hundred are scattered over the range (the sort).
        var (logs, expected) = RandomLogs(seed: 3, agencies, reachers: 300);
        var regrouper = new AlertRegrouper(Alerts);
        var visitor = new Recorder(new List<(int, ReachRecord[])>());

        regrouper.ForEachAlert(logs, [visitor]);

        Assert.Equal(expected, visitor.Seen.Select(v => (v.Item1, v.Item2)).ToArray(), new AlertRecordsComparer());
    }

    [Theory]
    [InlineData(1_000, true)]
    [InlineData(7, false)]
    public void ForEachAlert_ThreeVisitorsSideBySide_EachAlertVisitedOnceWithItsRecordsInAgencyOrder(int blockRecords, bool oneBlock)
    {
        // In one block of six alerts every lane starts with an alert of its own; in blocks of one alert, one lane does.
        var (logs, expected) = RandomLogs(seed: 17, agencies: 40);
        var regrouper = new AlertRegrouper(Alerts, blockRecords, parallelRecords: 1);
        var visitors = Enumerable.Range(0, 3).Select(_ => new Recorder(new List<(int, ReachRecord[])>())).ToArray();

        regrouper.ForEachAlert(logs, visitors);

        var seen = visitors.SelectMany(v => v.Seen).OrderBy(v => v.Item1).ToArray();
        Assert.Equal(expected, seen, new AlertRecordsComparer());
        if (oneBlock) Assert.All(visitors, v => Assert.NotEmpty(v.Seen));
    }

    [Fact]
    public void ForEachAlert_ReusedForAnotherReplication_ForgetsTheFormerRecords()
    {
        var regrouper = new AlertRegrouper(Alerts, blockRecords: 5);
        var first = new Recorder(new List<(int, ReachRecord[])>());
        regrouper.ForEachAlert(RandomLogs(seed: 1, agencies: 9).Logs, [first]);
        var (logs, expected) = RandomLogs(seed: 2, agencies: 9);
        var second = new Recorder(new List<(int, ReachRecord[])>());

        regrouper.ForEachAlert(logs, [second]);

        Assert.Equal(expected, second.Seen.Select(v => (v.Item1, v.Item2)).ToArray(), new AlertRecordsComparer());
    }

    /// <summary>
    /// Three partitions' logs: each of <paramref name="reachers"/> agencies (at most <paramref name="agencies"/>, picked
    /// at random from them) is in one partition and reaches a random subset of the alerts in a random order with random
    /// values, some too large for 32 bits; the partitions' events interleave. Expected: each alert's records by agency.
    /// </summary>
    private static (ReachLog[] Logs, (int, ReachRecord[])[] Expected) RandomLogs(ulong seed, int agencies, int reachers = int.MaxValue)
    {
        var random = new SimRandom(seed);
        var logs = new[] { new ReachLog(), new ReachLog(), new ReachLog() };
        var chosen = agencies <= reachers
            ? Enumerable.Range(0, agencies).ToArray()
            : Enumerable.Range(0, reachers).Select(_ => (int)(random.NextUInt64() % (ulong)agencies)).Distinct().ToArray();
        var pending = new List<(int Log, int Alert, ReachRecord Record)>();
        foreach (var agency in chosen)
        {
            var log = agency % logs.Length;
            var alerts = Enumerable.Range(0, Alerts).Where(_ => random.NextDouble() < 0.7).OrderBy(_ => random.NextDouble()).ToArray();
            foreach (var alert in alerts)
            {
                var wide = random.NextDouble() < 0.2;
                var at = (long)(random.NextDouble() * 1_000_000) + (wide ? 5_000_000_000L : 0);
                var path = new DelayVector(at / 7, at / 5, 3, 4, (long)(random.NextDouble() * 100), 6);
                pending.Add((log, alert, new ReachRecord(agency, at, alerts.Length, agency - 1, 2, path, 0)));
            }
        }

        // Logged in a random interleaving, as events of many agencies are.
        foreach (var (log, alert, record) in pending.OrderBy(_ => random.NextDouble())) logs[log].Add(alert, record);
        var expected = Enumerable.Range(0, Alerts)
            .Select(a => (a, pending.Where(p => p.Alert == a).Select(p => p.Record).OrderBy(r => r.Agency).ToArray()))
            .ToArray();
        return (logs, expected);
    }

    /// <summary>Copies what it is handed: the span is reused for the next alert.</summary>
    private readonly struct Recorder(List<(int, ReachRecord[])> seen) : IAlertRecordsVisitor
    {
        public List<(int, ReachRecord[])> Seen { get; } = seen;

        public void Visit(int alert, Span<ReachRecord> records) => Seen.Add((alert, records.ToArray()));
    }

    private sealed class AlertRecordsComparer : IEqualityComparer<(int, ReachRecord[])>
    {
        public bool Equals((int, ReachRecord[]) x, (int, ReachRecord[]) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((int, ReachRecord[]) obj) => obj.Item1;
    }
}
