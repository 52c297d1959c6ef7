using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;

namespace CoopSim.Studies.Probes;

/// <summary>
/// Several per-replication probes as the one an engine takes (the answer's figure and the replications file of one
/// run): each hears what it asked for, in the engine's order and from the engine's threads.
/// </summary>
public sealed class CombinedProbe : IReplicationProbe
{
    private readonly IReplicationProbe[] _probes;

    private CombinedProbe(IReplicationProbe[] probes) => _probes = probes;

    public IReadOnlyList<IReplicationProbe> Probes => _probes;

    /// <summary>Not one alert: <see cref="ObservesAlert"/> asks each probe.</summary>
    public int Alert => -1;

    /// <summary>The probes given (nulls left out) as one: null for none, the probe itself for one.</summary>
    public static IReplicationProbe? Of(params IReplicationProbe?[] probes)
    {
        var given = probes.OfType<IReplicationProbe>().ToArray();
        return given.Length switch
        {
            0 => null,
            1 => given[0],
            _ => new CombinedProbe(given),
        };
    }

    /// <summary>The probe of type <typeparamref name="T"/> that <paramref name="probe"/> is or holds, if any.</summary>
    public static T? Find<T>(IReplicationProbe? probe) where T : class, IReplicationProbe => probe switch
    {
        T found => found,
        CombinedProbe combined => combined._probes.OfType<T>().FirstOrDefault(),
        _ => null,
    };

    public bool ObservesAlert(int alert)
    {
        foreach (var p in _probes)
            if (p.ObservesAlert(alert)) return true;
        return false;
    }

    public bool ReadsPathDelays => _probes.Any(p => p.ReadsPathDelays);

    public void Bind(WorldIndex index)
    {
        foreach (var p in _probes) p.Bind(index);
    }

    /// <summary>Records without their alert's index: only a probe whose own alert this is can take them.</summary>
    public void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records) =>
        throw new NotSupportedException("a combined probe needs the alert's index with its records");

    public void ObserveAlert(int replication, int alert, ReadOnlySpan<ReachRecord> records)
    {
        foreach (var p in _probes)
            if (p.ObservesAlert(alert)) p.ObserveAlert(replication, alert, records);
    }

    public void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects)
    {
        foreach (var p in _probes) p.ObserveSubjects(replication, subjects);
    }

    public void Observe(int replication, ReplicationMetrics metrics)
    {
        foreach (var p in _probes) p.Observe(replication, metrics);
    }
}
