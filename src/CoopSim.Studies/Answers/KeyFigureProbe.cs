using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;

namespace CoopSim.Studies.Answers;

/// <summary>
/// What <see cref="KeyFigures"/> reads of each replication, taken as replications are folded: per alert and country,
/// hours until the country's first agency could act (+∞ when none could), and per subject whether it was stopped in
/// time; the values <see cref="ReplicationSamples"/> reads from kept metrics. With it a sweep's points need not keep
/// every replication's metrics, so on a cluster their blocks fold on the silos. A country's column is made when an
/// alert first reaches it, so a large world costs only what its alerts reach. Each replication writes only its own slot.
/// The agency a scenario's question names (<paramref name="agency"/>, when it names one) gets its own column per alert.
/// </summary>
internal sealed class KeyFigureProbe(int replications, string? agency = null) : IReplicationProbe
{
    private const double MsPerHour = 3_600_000.0;

    private WorldIndex? _index;
    private int[] _countryOf = [];
    private string[] _countries = [];
    private double[]?[][] _hours = [];
    private double[][] _intercepted = [];
    private int _agency = -1;
    private double[]?[] _agencyHours = [];

    /// <summary>Not one alert: every alert's records are observed.</summary>
    public int Alert => -1;

    public bool ObservesAlert(int alert) => true;

    /// <summary>Reads who was reached, when and from whom: a silo need not ship path delays.</summary>
    public bool ReadsPathDelays => false;

    public void Bind(WorldIndex index)
    {
        _index = index;
        _countries = index.AgencyCountries.Where((_, a) => !index.AgencyInternational[a]).Distinct(StringComparer.Ordinal).ToArray();
        _countryOf = index.AgencyCountries.Select((c, a) => index.AgencyInternational[a] ? -1 : Array.IndexOf(_countries, c)).ToArray();
        _hours = index.Alerts.Select(_ => new double[]?[_countries.Length]).ToArray();
        _intercepted = index.Subjects.Select(_ => new double[replications]).ToArray();
        _agency = agency is null ? -1 : index.AgencyIndex(agency);
        _agencyHours = new double[]?[index.Alerts.Count];
    }

    public void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records) =>
        throw new InvalidOperationException("the key-figure probe observes every alert and needs to know which");

    public void ObserveAlert(int replication, int alert, ReadOnlySpan<ReachRecord> records)
    {
        foreach (ref readonly var record in records)
        {
            if (record.Agency == _agency)
            {
                var asked = Column(ref _agencyHours[alert]);
                asked[replication] = Math.Min(asked[replication], record.AtMs / MsPerHour);
            }

            var country = _countryOf[record.Agency];
            if (country < 0) continue;
            var hours = Column(ref _hours[alert][country]);
            hours[replication] = Math.Min(hours[replication], record.AtMs / MsPerHour);
        }
    }

    public void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects)
    {
        for (var s = 0; s < subjects.Count; s++) _intercepted[s][replication] = subjects[s].InterceptedAtStop >= 0 ? 1.0 : 0.0;
    }

    public void Observe(int replication, ReplicationMetrics metrics)
    {
        for (var a = 0; a < metrics.Alerts.Count; a++) ObserveAlert(replication, a, ListSpan.Of(metrics.Alerts[a].Reached));
        ObserveSubjects(replication, metrics.Subjects);
    }

    /// <summary>Hours from issue until the first agency of <paramref name="country"/> could act, per replication (as <see cref="ReplicationSamples.HoursToCountry"/>).</summary>
    public double[] HoursToCountry(string alert, string country)
    {
        var index = _index ?? throw new InvalidOperationException("the probe was not bound to a world");
        var a = index.AlertIndex(alert);
        var c = Array.IndexOf(_countries, country);
        return a >= 0 && c >= 0 && _hours[a][c] is { } hours ? [.. hours] : Enumerable.Repeat(double.PositiveInfinity, replications).ToArray();
    }

    /// <summary>
    /// Hours from issue until <paramref name="agencyId"/> could act, per replication (as
    /// <see cref="ReplicationSamples.HoursToAgency"/>); null when the probe was not asked to follow that agency.
    /// </summary>
    public double[]? HoursToAgency(string alert, string agencyId)
    {
        var index = _index ?? throw new InvalidOperationException("the probe was not bound to a world");
        if (_agency < 0 || index.AgencyIndex(agencyId) != _agency) return null;
        var a = index.AlertIndex(alert);
        return a >= 0 && _agencyHours[a] is { } hours ? [.. hours] : Enumerable.Repeat(double.PositiveInfinity, replications).ToArray();
    }

    /// <summary>1 where the subject was stopped in time, else 0, per replication (as <see cref="ReplicationSamples.Intercepted"/>).</summary>
    public double[] Intercepted(string subject)
    {
        var index = _index ?? throw new InvalidOperationException("the probe was not bound to a world");
        var s = index.SubjectIndex(subject);
        return s >= 0 ? [.. _intercepted[s]] : new double[replications];
    }

    /// <summary>A column made on its first record (lanes of one replication may race to make it).</summary>
    private double[] Column(ref double[]? slot)
    {
        if (Volatile.Read(ref slot) is { } made) return made;
        var fresh = new double[replications];
        Array.Fill(fresh, double.PositiveInfinity);
        return Interlocked.CompareExchange(ref slot, fresh, null) ?? fresh;
    }
}
