using CoopSim.Model;
using CoopSim.Simulation.Distributed;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Tests;

/// <summary>Regrouping the agencies' reach lists by alert gives each alert exactly its records, in agency order, in one pass or in blocks.</summary>
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
        var states = RandomStates(seed: 11);
        var regrouper = new AlertRegrouper(Alerts, blockRecords);
        var visitor = new Recorder(new List<(int, ReachRecord[])>());

        regrouper.ForEachAlert(states, ref visitor);

        Assert.Equal(Expected(states), visitor.Seen.Select(v => (v.Item1, v.Item2)).ToArray(), new AlertRecordsComparer());
        Assert.True(regrouper.LastPasses >= leastPasses, $"{regrouper.LastPasses} passes");
    }

    [Fact]
    public void ForEachAlert_ReusedForAnotherReplication_ForgetsTheFormerRecords()
    {
        var regrouper = new AlertRegrouper(Alerts, blockRecords: 5);
        var first = new Recorder(new List<(int, ReachRecord[])>());
        regrouper.ForEachAlert(RandomStates(seed: 1), ref first);
        var states = RandomStates(seed: 2);
        var second = new Recorder(new List<(int, ReachRecord[])>());

        regrouper.ForEachAlert(states, ref second);

        Assert.Equal(Expected(states), second.Seen.Select(v => (v.Item1, v.Item2)).ToArray(), new AlertRecordsComparer());
    }

    [Fact]
    public void GroupedRecordsCopyTo_RecordsThatFitAndThatDoNot_GivesBackExactlyWhatWasPut()
    {
        ReachRecord[] put =
        [
            new(4, 0, 0, -1, -1, default, 0),
            new(5, 120_000, 2, 9, 11, new DelayVector(1, 2, 3, 4, 5, 6), 0),
            new(6, 5_000_000_000, 1, 2, 3, new DelayVector(1, 5_000_000_000, 3, 4, 5, 6), 0),
            new(7, 10, 1, 2, 3, new DelayVector(1, 2, 3, 4, 5, 6), 0xABCDEF),
            new(8, -1, 1, 2, 3, default, 0),
            new(9, 10, 1, 2, 3, new DelayVector(0, 0, -4, 0, 0, 0), 0),
        ];
        var grouped = new GroupedRecords(put.Length);
        for (var i = 0; i < put.Length; i++) grouped.Put(put.Length - 1 - i, put[i]);

        var back = new ReachRecord[put.Length];
        grouped.CopyTo(0, back);
        Assert.Equal(put.Reverse(), back);
        var tail = new ReachRecord[2];
        grouped.CopyTo(3, tail);
        Assert.Equal([put[2], put[1]], tail);
    }

    /// <summary>
    /// Nine agencies, each reaching a random subset of the alerts in a random order with random values, some too
    /// large for 32 bits; most lists are the kernel's <see cref="ReachList"/>, one a plain list.
    /// </summary>
    private static AgencyReport[] RandomStates(ulong seed)
    {
        var random = new SimRandom(seed);
        var states = new AgencyReport[9];
        for (var agency = 0; agency < states.Length; agency++)
        {
            var alerts = Enumerable.Range(0, Alerts).Where(_ => random.NextDouble() < 0.7).OrderBy(_ => random.NextDouble()).ToArray();
            var records = alerts.Select(alert =>
            {
                var wide = random.NextDouble() < 0.2;
                var at = (long)(random.NextDouble() * 1_000_000) + (wide ? 5_000_000_000L : 0);
                var path = new DelayVector(at / 7, at / 5, 3, 4, (long)(random.NextDouble() * 100), 6);
                return (alert, new ReachRecord(agency, at, alerts.Length, agency - 1, 2, path, 0));
            }).ToList();
            IReadOnlyList<(int, ReachRecord)> reached = records;
            if (agency != 4)
            {
                var list = new ReachList(agency, Alerts);
                foreach (var item in records) list.Add(item);
                reached = list;
            }

            states[agency] = new AgencyReport(agency, 0, 0, reached, [], [], null);
        }

        return states;
    }

    private static (int, ReachRecord[])[] Expected(AgencyReport[] states) =>
        Enumerable.Range(0, Alerts)
            .Select(a => (a, states.SelectMany(s => s.Reached).Where(x => x.Alert == a).Select(x => x.Record).ToArray()))
            .ToArray();

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
