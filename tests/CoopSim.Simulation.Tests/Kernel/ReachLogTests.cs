using CoopSim.Model;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using FsCheck.Xunit;

namespace CoopSim.Simulation.Tests.Kernel;

/// <summary>The partition's reach log against adding each record straight to its agency's list, as the kernel did before.</summary>
public sealed class ReachLogTests
{
    [Property(MaxTest = 100)]
    public bool FileAll_RandomRecordsOfManyAgencies_ListsHoldWhatAddingDirectlyGives(int seed, bool manyRecords)
    {
        // Past the log's capacity when many: the log files a full batch by itself, then the rest at the end.
        var random = new SimRandom((ulong)(uint)seed);
        const int agencies = 37;
        const int alerts = 5;
        var logged = Enumerable.Range(0, agencies).Select(a => new ReachList(a, alerts)).ToArray();
        var direct = Enumerable.Range(0, agencies).Select(a => new ReachList(a, alerts)).ToArray();
        var log = new ReachLog();
        var count = manyRecords ? ReachLog.Capacity + (int)(random.NextUInt64() % 3000) : (int)(random.NextUInt64() % 200);
        for (var i = 0; i < count; i++)
        {
            var agency = (int)(random.NextUInt64() % agencies);
            var alert = (int)(random.NextUInt64() % alerts);
            // Now and then a record that does not fit the compact entry (a time past 32 bits), kept whole.
            var at = random.NextDouble() < 0.05 ? 5_000_000_000L + i : (long)(random.NextUInt64() % 1_000_000);
            var record = new ReachRecord(agency, at, i % 7, i % agencies, i % 3, new DelayVector(i, 2 * i, 3, 4, 5, 6), 0);
            log.Add(alert, record, logged);
            direct[agency].Add((alert, record));
            if (log.Count > ReachLog.Capacity) return false;
        }

        log.FileAll(logged);
        return log.Count == 0 && Enumerable.Range(0, agencies).All(a => logged[a].SequenceEqual(direct[a]));
    }

    [Fact]
    public void FileAll_TwoBatchesAfterAClear_NothingFromBeforeTheClear()
    {
        var lists = new[] { new ReachList(0, 2), new ReachList(1, 2) };
        var log = new ReachLog();
        log.Add(0, new ReachRecord(1, 10, 1, 0, 0, default, 0), lists);
        log.Clear();
        log.Add(1, new ReachRecord(0, 20, 2, 1, 0, default, 0), lists);
        log.FileAll(lists);

        Assert.Equal([(1, new ReachRecord(0, 20, 2, 1, 0, default, 0))], lists[0].ToArray());
        Assert.Empty(lists[1]);
    }
}
