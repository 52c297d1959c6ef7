using CoopSim.Model.Scenario;
using CoopSim.Simulation.Results;

namespace CoopSim.Studies.Replications;

/// <summary>
/// What a replications file's indices stand for: alert, agency, country, channel and subject names from the world's
/// index, each scoped alert's national agencies (listed in every replication, reached or not, as the JSON lists
/// them), each subject's stops, and the first-delivery paths seen so far, spelled out once per path.
/// </summary>
public sealed class OutcomeNames
{
    private readonly Dictionary<ulong, int> _pathIds = [];
    private readonly List<(string Agencies, string Channels)> _paths = [];
    private readonly object _pathGate = new();

    public OutcomeNames(ScenarioModel scenario, WorldIndex index)
    {
        Index = index;
        ScopeAgencies = index.Alerts.Select(id =>
        {
            var alert = scenario.Alerts.FirstOrDefault(a => a.Id == id);
            if (alert is null || alert.Scope.Global) return Array.Empty<int>();
            return Enumerable.Range(0, index.Agencies.Count)
                .Where(a => !index.AgencyInternational[a] && alert.Scope.Countries.Contains(index.AgencyCountries[a])).ToArray();
        }).ToArray();
        Stops = index.Subjects.Select(id =>
        {
            var subject = scenario.Subjects.FirstOrDefault(s => s.Id == id);
            return subject is null ? [] : subject.Itinerary.Select(s => (s.Country, s.ArrivesAt.TotalSeconds)).ToArray();
        }).ToArray();
    }

    public WorldIndex Index { get; }

    /// <summary>Per alert: the national agencies of its scope's countries, ascending (none for a global alert).</summary>
    public int[][] ScopeAgencies { get; }

    /// <summary>Per subject: its stops' countries and arrival times (seconds since the epoch).</summary>
    public (string Country, double ArrivesSeconds)[][] Stops { get; }

    /// <summary>The first-delivery path of <paramref name="agency"/>'s record, as an id into <see cref="PathOf"/>.</summary>
    public int PathId(ReadOnlySpan<ReachRecord> records, in ReachRecord record)
    {
        lock (_pathGate)
        {
            if (_pathIds.TryGetValue(record.PathHash, out var id)) return id;
        }

        // Spelled out from the senders, origin first; records are in agency order.
        var agencies = new List<string>();
        var channels = new List<string>();
        var at = record;
        while (true)
        {
            agencies.Add(Index.Agencies[at.Agency]);
            if (at.FromAgency < 0 || Find(records, at.FromAgency) is not { } sender) break;
            channels.Add(at.Channel >= 0 ? Index.Channels[at.Channel] : "");
            at = records[sender];
        }

        agencies.Reverse();
        channels.Reverse();
        lock (_pathGate)
        {
            if (_pathIds.TryGetValue(record.PathHash, out var id)) return id;
            _paths.Add((string.Join('>', agencies), string.Join('>', channels)));
            _pathIds.Add(record.PathHash, _paths.Count - 1);
            return _paths.Count - 1;
        }
    }

    public (string Agencies, string Channels) PathOf(int id)
    {
        lock (_pathGate) return _paths[id];
    }

    /// <summary>The position of <paramref name="agency"/>'s record (records are ascending by agency), or null.</summary>
    public static int? Find(ReadOnlySpan<ReachRecord> records, int agency)
    {
        int lo = 0, hi = records.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var a = records[mid].Agency;
            if (a == agency) return mid;
            if (a < agency) lo = mid + 1;
            else hi = mid - 1;
        }

        return null;
    }
}
