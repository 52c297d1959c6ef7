using CoopSim.Model;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using FsCheck.Xunit;

namespace CoopSim.Simulation.Tests.Fold;

/// <summary>The partition's reach log against adding each record straight to its agency's list, as the kernel did before.</summary>
public sealed class ReachLogTests
{
    [Property(MaxTest = 60)]
    public bool FileAll_RandomRecordsOfManyAgencies_ListsHoldWhatAddingDirectlyGives(int seed, bool manyRecords)
    {
        // Past a chunk when many: the first chunk grows, then further chunks follow.
        var random = new SimRandom((ulong)(uint)seed);
        const int agencies = 37;
        const int alerts = 5;
        var logged = Enumerable.Range(0, agencies).Select(a => new ReachList(a, alerts)).ToArray();
        var direct = Enumerable.Range(0, agencies).Select(a => new ReachList(a, alerts)).ToArray();
        var log = new ReachLog();
        var count = manyRecords ? 2 * ReachLog.ChunkSize + (int)(random.NextUInt64() % 3000) : (int)(random.NextUInt64() % 200);
        for (var i = 0; i < count; i++)
        {
            var (alert, record) = RandomEntry(ref random, agencies, alerts, i);
            log.Add(alert, record);
            direct[record.Agency].Add((alert, record));
        }

        if (log.Count != count) return false;
        log.FileAll(logged);
        return log.Count == 0 && Enumerable.Range(0, agencies).All(a => logged[a].SequenceEqual(direct[a]));
    }

    [Fact]
    public void Chunk_EntriesPastTwoChunks_ReadBackInLogOrderWithTheirRecords()
    {
        var random = new SimRandom(5);
        var log = new ReachLog();
        var added = new List<(int Alert, ReachRecord Record)>();
        for (var i = 0; i < 2 * ReachLog.ChunkSize + 17; i++)
        {
            var entry = RandomEntry(ref random, agencies: 11, alerts: 3, i);
            log.Add(entry.Alert, entry.Record);
            added.Add(entry);
        }

        var read = new List<(int, ReachRecord)>();
        var position = 0;
        for (var c = 0; c < log.ChunkCount; c++)
            foreach (var e in log.Chunk(c).ToArray()) read.Add((e.Alert, log.RecordAt(position++, e)));

        Assert.Equal(3, log.ChunkCount);
        Assert.Equal(added, read);
    }

    [Fact]
    public void FileAll_AfterAClear_NothingFromBeforeTheClear()
    {
        var lists = new[] { new ReachList(0, 2), new ReachList(1, 2) };
        var log = new ReachLog();
        log.Add(0, new ReachRecord(1, 10, 1, 0, 0, default, 0));
        log.Add(1, new ReachRecord(1, 5_000_000_000, 1, 0, 0, default, 0));
        log.Clear();
        log.Add(1, new ReachRecord(0, 20, 2, 1, 0, default, 0));
        log.FileAll(lists);

        Assert.Equal([(1, new ReachRecord(0, 20, 2, 1, 0, default, 0))], lists[0].ToArray());
        Assert.Empty(lists[1]);
    }

    /// <summary>A random record; now and then one that does not fit the compact entry (a time past 32 bits), kept whole.</summary>
    private static (int Alert, ReachRecord Record) RandomEntry(ref SimRandom random, int agencies, int alerts, int i)
    {
        var agency = (int)(random.NextUInt64() % (ulong)agencies);
        var alert = (int)(random.NextUInt64() % (ulong)alerts);
        var at = random.NextDouble() < 0.05 ? 5_000_000_000L + i : (long)(random.NextUInt64() % 1_000_000);
        return (alert, new ReachRecord(agency, at, i % 7, i % agencies, i % 3, new DelayVector(i, 2 * i, 3, 4, 5, 6), 0));
    }
}
