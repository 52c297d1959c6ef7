using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;

namespace CoopSim.Studies.Answers;

/// <summary>
/// The one number per replication a scenario's answer needs (hours until the target agency or country could act,
/// +∞ when it never could; 1 or 0 for a subject stopped in time), taken by the engine as each replication is
/// folded, so that a run printing its answer need not keep every replication's metrics. The values are exactly
/// those <see cref="ReplicationSamples"/> reads from kept metrics. Each replication writes only its own slot, so
/// workers folding replications side by side may observe at once.
/// </summary>
public sealed class AnswerProbe : IReplicationProbe
{
    private const double MsPerHour = 3_600_000.0;

    private readonly double[] _values;
    private WorldIndex? _index;
    private int _alert = -1;
    private int _agency = -1;
    private int _subject = -1;

    public AnswerProbe(AnswerSpec target, int replications)
    {
        Target = target;
        _values = new double[replications];
        Array.Fill(_values, target.Subject is null ? double.PositiveInfinity : 0);
    }

    public AnswerSpec Target { get; }

    /// <summary>One value per replication, in replication order.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>The alert whose records the probe reads (-1 for a subject, or an alert the world lacks); bound first.</summary>
    public int Alert => _alert;

    /// <summary>Reads who was reached, when and from whom: a silo need not ship path delays.</summary>
    public bool ReadsPathDelays => false;

    /// <summary>Resolves the target's names in the world; the engine calls it once, before any replication.</summary>
    public void Bind(WorldIndex index)
    {
        _index = index;
        _alert = Target.Alert is { } alert ? index.AlertIndex(alert) : -1;
        _agency = Target.Agency is { } agency ? index.AgencyIndex(agency) : -1;
        _subject = Target.Subject is { } subject ? index.SubjectIndex(subject) : -1;
    }

    /// <summary>Replication <paramref name="replication"/>'s records of the probe's alert, in agency order.</summary>
    public void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records)
    {
        var index = _index ?? throw new InvalidOperationException("the probe was not bound to a world");
        if (Target.Subject is not null || _alert < 0) return;
        var best = double.PositiveInfinity;
        foreach (ref readonly var record in records)
        {
            if (Target.Agency is not null)
            {
                if (record.Agency == _agency) best = record.AtMs / MsPerHour;
            }
            else if (!index.AgencyInternational[record.Agency] && index.AgencyCountries[record.Agency] == Target.Country)
            {
                best = Math.Min(best, record.AtMs / MsPerHour);
            }
        }

        _values[replication] = best;
    }

    /// <summary>Replication <paramref name="replication"/>'s subjects, in world order.</summary>
    public void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects)
    {
        if (_subject >= 0) _values[replication] = subjects[_subject].InterceptedAtStop >= 0 ? 1.0 : 0.0;
    }

    /// <summary>A replication's collected metrics (engines that build them anyway).</summary>
    public void Observe(int replication, ReplicationMetrics metrics)
    {
        if (_alert >= 0) ObserveAlert(replication, ListSpan.Of(metrics.Alerts[_alert].Reached));
        ObserveSubjects(replication, metrics.Subjects);
    }

    /// <summary>The values as a run's answer samples.</summary>
    public AnswerSamples Samples() => new(Target, _values);
}
