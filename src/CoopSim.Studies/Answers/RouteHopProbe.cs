using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;

namespace CoopSim.Studies.Answers;

/// <summary>
/// Per hop, how long the routes to the question's agency took (from one agency able to act to the next), taken as the
/// engine folds each replication, so that the run table can name the hop of the usual route that holds most of the
/// time without keeping replications. For a country, each replication's first agency of that country counts. Sums are
/// whole milliseconds, so the means do not depend on the order in which workers fold replications.
/// </summary>
public sealed class RouteHopProbe : IReplicationProbe
{
    /// <summary>Routes remembered at most: a route seen after this many distinct ones is not counted (never the usual one in practice).</summary>
    private const int MaxRoutes = 256;

    private readonly object _gate = new();
    private readonly Dictionary<ulong, Route> _routes = [];
    private readonly string _alertId;
    private readonly string? _agencyId;
    private readonly string? _country;
    private WorldIndex? _index;
    private int _alert = -1;
    private int _agency = -1;

    public RouteHopProbe(string alert, string? agency, string? country)
    {
        _alertId = alert;
        _agencyId = agency;
        _country = country;
    }

    public int Alert => _alert;

    /// <summary>Reads who was reached, when and from whom: a silo need not ship path delays.</summary>
    public bool ReadsPathDelays => false;

    public void Bind(WorldIndex index)
    {
        _index = index;
        _alert = index.AlertIndex(_alertId);
        _agency = _agencyId is { } agency ? index.AgencyIndex(agency) : -1;
    }

    public void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records)
    {
        var index = _index ?? throw new InvalidOperationException("the probe was not bound to a world");
        var target = -1;
        for (var i = 0; i < records.Length; i++)
        {
            var r = records[i];
            var isTarget = _agencyId is not null
                ? r.Agency == _agency
                : !index.AgencyInternational[r.Agency] && index.AgencyCountries[r.Agency] == _country;
            if (isTarget && (target < 0 || r.AtMs < records[target].AtMs)) target = i;
        }

        if (target < 0) return;

        // Back from the target along first deliveries to the origin: each agency's record names who it heard from.
        var chain = new List<int> { target };
        while (records[chain[^1]].FromAgency >= 0 && chain.Count <= records.Length)
        {
            var from = Find(records, records[chain[^1]].FromAgency);
            if (from < 0) return;
            chain.Add(from);
        }

        chain.Reverse();
        var agencies = new int[chain.Count];
        var channels = new int[chain.Count - 1];
        for (var i = 0; i < chain.Count; i++)
        {
            agencies[i] = records[chain[i]].Agency;
            if (i > 0) channels[i - 1] = records[chain[i]].Channel;
        }

        lock (_gate)
        {
            var hash = records[target].PathHash;
            if (!_routes.TryGetValue(hash, out var route))
            {
                if (_routes.Count >= MaxRoutes) return;
                route = new Route(agencies, channels);
                _routes[hash] = route;
            }

            if (route.Agencies.Length != chain.Count) return;
            route.Runs++;
            for (var h = 0; h + 1 < chain.Count; h++) route.HopMs[h] += records[chain[h + 1]].AtMs - records[chain[h]].AtMs;
        }
    }

    public void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects)
    {
        // Only alerts' routes matter here.
    }

    public void Observe(int replication, ReplicationMetrics metrics)
    {
        if (_alert >= 0) ObserveAlert(replication, ListSpan.Of(metrics.Alerts[_alert].Reached));
    }

    /// <summary>
    /// The route through <paramref name="agencies"/> (ids, origin first) over <paramref name="channels"/> (one per hop)
    /// with its mean hop times, or null when no replication took it.
    /// </summary>
    public RouteHopTimes? For(IReadOnlyList<string> agencies, IReadOnlyList<string> channels)
    {
        var index = _index;
        if (index is null) return null;
        lock (_gate)
        {
            foreach (var route in _routes.Values)
            {
                if (route.Runs == 0 || !route.Agencies.Select(a => index.Agencies[a]).SequenceEqual(agencies, StringComparer.Ordinal)
                    || !route.Channels.Select(c => c >= 0 ? index.Channels[c] : "").SequenceEqual(channels, StringComparer.Ordinal)) continue;
                return new RouteHopTimes(agencies, route.Runs, route.HopMs.Select(ms => ms / 1000.0 / route.Runs).ToArray());
            }
        }

        return null;
    }

    /// <summary>The position of <paramref name="agency"/>'s record (records are in agency order), or -1.</summary>
    private static int Find(ReadOnlySpan<ReachRecord> records, int agency)
    {
        int lo = 0, hi = records.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (records[mid].Agency == agency) return mid;
            if (records[mid].Agency < agency) lo = mid + 1;
            else hi = mid - 1;
        }

        return -1;
    }

    private sealed class Route(int[] agencies, int[] channels)
    {
        public int[] Agencies { get; } = agencies;
        public int[] Channels { get; } = channels;
        public int Runs { get; set; }
        public long[] HopMs { get; } = new long[Math.Max(0, agencies.Length - 1)];
    }
}
