using CoopSim.Orleans.Grains;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;

namespace CoopSim.Orleans.Tests.Wire;

public sealed class ProbeTapeTests
{
    private static readonly ReachRecord[] Origin =
    [
        new(Agency: 0, AtMs: 0, Hops: 0, FromAgency: -1, Channel: -1, Path: default, PathHash: 17),
        new(Agency: 3, AtMs: 86_400_000L * 400, Hops: 2, FromAgency: 0, Channel: 5, Path: new DelayVector(1, 2_000, 30_000, 0, 7, long.MaxValue / 4), PathHash: ulong.MaxValue),
        new(Agency: 2_000, AtMs: 1, Hops: 9, FromAgency: 3, Channel: 0, Path: new DelayVector(0, 0, 0, 123_456_789, 0, 0), PathHash: 0),
    ];

    private static readonly SubjectReplication[] Stopped = [new(1, [null, 42, -5]), new(-1, [])];

    [Fact]
    public void Replay_WithPathDelays_ShowsTheProbeEveryRecordAndSubjectAsRecorded()
    {
        var seen = ReplayBlock(paths: true);

        Assert.Equal(Origin, seen.Alerts[(10, 4)]);
        Assert.Equal(Origin[..1], seen.Alerts[(11, 7)]);
        Assert.Equal([Stopped[0].InterceptedAtStop, Stopped[1].InterceptedAtStop], seen.Subjects[10].Select(s => s.InterceptedAtStop));
        Assert.Equal(Stopped[0].LeadTimesMs, seen.Subjects[10][0].LeadTimesMs);
        Assert.Empty(seen.Subjects[10][1].LeadTimesMs);
    }

    [Fact]
    public void Replay_WithoutPathDelays_KeepsWhoWhenFromWhomAndThePathHash()
    {
        var seen = ReplayBlock(paths: false);

        var expected = Origin.Select(r => r with { Hops = 0, Path = default }).ToArray();
        Assert.Equal(expected, seen.Alerts[(10, 4)]);
    }

    [Fact]
    public void Replay_SlotsNeverShown_AreNotReplayed()
    {
        var seen = ReplayBlock(paths: true);

        // Replication 11 showed only alert 7 and no subjects; replication 12 showed nothing at all.
        Assert.False(seen.Alerts.ContainsKey((11, 4)));
        Assert.False(seen.Subjects.ContainsKey(11));
        Assert.DoesNotContain(seen.Alerts.Keys, k => k.Replication == 12);
        Assert.Equal([(10, 4), (10, 7), (11, 7)], seen.Order);
    }

    [Fact]
    public void Records_WithoutPathDelays_AreAFractionOfTheirSizeWithThem()
    {
        var with = ProbeTape.Records(Origin, paths: true).Length;
        var without = ProbeTape.Records(Origin, paths: false).Length;

        Assert.True(without < with, $"{without} bytes without path delays, {with} with them");
    }

    /// <summary>A block of three replications from 10 on, with alerts 4 and 7 observed, recorded and replayed.</summary>
    private static CapturingProbe ReplayBlock(bool paths)
    {
        var recording = new RecordingProbe([4, 7], first: 10, count: 3, paths);
        recording.ObserveAlert(10, 7, Origin.AsSpan(..2));
        recording.ObserveAlert(10, 4, Origin);
        recording.ObserveSubjects(10, Stopped);
        recording.ObserveAlert(11, 7, Origin.AsSpan(..1));
        var outcome = recording.AddTo(new BlockOutcome { Fold = [] });

        var seen = new CapturingProbe();
        RecordingProbe.Replay(outcome, 10, [4, 7], paths, seen);
        return seen;
    }

    private sealed class CapturingProbe : IReplicationProbe
    {
        public Dictionary<(int Replication, int Alert), ReachRecord[]> Alerts { get; } = [];
        public Dictionary<int, IReadOnlyList<SubjectReplication>> Subjects { get; } = [];
        public List<(int, int)> Order { get; } = [];

        public int Alert => -1;

        public bool ObservesAlert(int alert) => true;

        public void Bind(WorldIndex index)
        {
        }

        public void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records) => throw new InvalidOperationException("the alert must be named");

        public void ObserveAlert(int replication, int alert, ReadOnlySpan<ReachRecord> records)
        {
            Alerts[(replication, alert)] = records.ToArray();
            Order.Add((replication, alert));
        }

        public void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects) => Subjects[replication] = subjects;

        public void Observe(int replication, ReplicationMetrics metrics) => throw new InvalidOperationException("not shown metrics");
    }
}
