using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;

namespace CoopSim.Bench.Validation;

/// <summary>
/// Every copy one agency acted on, in every replication: its wait for a free officer (docs/model.md, "Capacity and
/// queue"), which is the act time less the delays drawn along the copy's path. It keeps the count, the sum and how
/// many waited longer than <paramref name="thresholdMs"/>, so that the queueing closed forms can be checked on the
/// distribution of the wait and not only its mean.
/// </summary>
internal sealed class OfficerWaitProbe(string agency, long thresholdMs) : IReplicationProbe
{
    private readonly Lock _gate = new();
    private int _agency = -1;

    public long Count { get; private set; }
    public double SumMs { get; private set; }
    public long Above { get; private set; }

    public double MeanHours => Count == 0 ? 0 : SumMs / Count / 3_600_000.0;
    public double ShareAbove => Count == 0 ? 0 : Above / (double)Count;

    public int Alert => -1;

    public bool ObservesAlert(int alert) => true;

    public void Bind(WorldIndex index) => _agency = index.AgencyIndex(agency);

    public void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records)
    {
        foreach (var r in records)
        {
            if (r.Agency != _agency) continue;
            var wait = r.AtMs - r.Path.Total;
            // Lanes may fold alerts of one replication side by side.
            lock (_gate)
            {
                Count++;
                SumMs += wait;
                if (wait > thresholdMs) Above++;
            }
        }
    }

    public void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects)
    {
    }

    public void Observe(int replication, ReplicationMetrics metrics)
    {
    }
}
