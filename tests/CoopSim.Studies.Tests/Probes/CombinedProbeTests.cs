using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Probes;

namespace CoopSim.Studies.Tests.Probes;

/// <summary>Whether a run's probe reads path delays decides whether silos ship them; a combined probe asks each part.</summary>
public sealed class CombinedProbeTests
{
    private static readonly AnswerSpec Target = new("EB-1", "vn.mps", null, null, Duration.FromHours(18), new SourceLocation("test", 0, 0));

    [Fact]
    public void ReadsPathDelays_AnswerRouteAndKeyFigureProbes_ReadNone()
    {
        var probe = CombinedProbe.Of(new AnswerProbe(Target, 10), new RouteHopProbe("EB-1", "vn.mps", null), new KeyFigureProbe(10))!;

        Assert.False(probe.ReadsPathDelays);
    }

    [Fact]
    public void ReadsPathDelays_AnyPartReadsThem_TheCombinedProbeDoes()
    {
        var probe = CombinedProbe.Of(new AnswerProbe(Target, 10), new PathReadingProbe())!;

        Assert.True(probe.ReadsPathDelays);
    }

    /// <summary>A probe that says nothing of path delays, as the replications file's does not: the interface's default.</summary>
    private sealed class PathReadingProbe : IReplicationProbe
    {
        public int Alert => -1;

        public void Bind(WorldIndex index)
        {
        }

        public void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records)
        {
        }

        public void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects)
        {
        }

        public void Observe(int replication, ReplicationMetrics metrics)
        {
        }
    }
}
