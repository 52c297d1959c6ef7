using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Results;

/// <summary>Summarises replications into a <see cref="SimulationResult"/>. Works on replication-ordered input only, so it is deterministic.</summary>
internal static class ResultAggregator
{
    private const double MsPerSecond = 1000.0;

    public static SimulationResult Aggregate(CompiledWorld world, ulong seed, IReadOnlyList<ReplicationMetrics> reps)
    {
        var scenario = world.Scenario;
        var alerts = world.Alerts.Select(a => AggregateAlert(world, a, reps)).ToArray();
        var subjects = world.Subjects.Select((s, i) => AggregateSubject(world, s, i, reps)).ToArray();
        var channels = world.Channels.Select((c, i) => new ChannelResult(
            c.Id,
            c.Kind,
            Mean(reps, r => r.Channels[i].Messages),
            Mean(reps, r => r.Channels[i].Lost),
            Mean(reps, r => r.Channels[i].DroppedByOutage),
            Mean(reps, r => r.Channels[i].Held))).ToArray();
        return new SimulationResult(scenario.Name, scenario.Question, scenario.Epoch, seed, reps.Count,
            reps.Sum(r => r.Events), alerts, subjects, channels);
    }

    public static WorldIndex IndexOf(CompiledWorld world) => new(
        world.Agencies.Select(a => a.Id).ToArray(),
        world.Agencies.Select(a => a.Country >= 0 ? world.CountryCodes[a.Country] : "").ToArray(),
        world.Agencies.Select(a => a.International).ToArray(),
        world.Channels.Select(c => c.Id).ToArray(),
        world.Alerts.Select(a => a.Id).ToArray(),
        world.Subjects.Select(s => s.Id).ToArray());

    private static AlertResult AggregateAlert(CompiledWorld world, CompiledAlert alert, IReadOnlyList<ReplicationMetrics> reps)
    {
        var a = alert.Index;
        var scope = alert.Global
            ? Array.Empty<string>()
            : world.Scenario.Alerts[a].Scope.Countries.Order(StringComparer.Ordinal).ToArray();
        var scopeCountries = alert.Global
            ? Enumerable.Range(0, world.CountryCodes.Length).ToArray()
            : scope.Select(c => Array.IndexOf(world.CountryCodes, c)).Where(i => i >= 0).ToArray();

        var agenciesReached = new List<double>(reps.Count);
        var countriesReached = new List<double>(reps.Count);
        var scopeShare = new List<double>(reps.Count);
        var lost = new List<double>(reps.Count);
        var perAgency = new Dictionary<int, AgencyAccumulator>();
        var perCountry = new Dictionary<int, CountryAccumulator>();
        foreach (var rep in reps)
        {
            var alertRep = rep.Alerts[a];
            agenciesReached.Add(alertRep.Reached.Count);
            lost.Add(alertRep.LostRelays);
            var firstInCountry = new Dictionary<int, ReachRecord>();
            foreach (var record in alertRep.Reached)
            {
                if (!perAgency.TryGetValue(record.Agency, out var acc)) perAgency[record.Agency] = acc = new AgencyAccumulator();
                acc.Add(record, PathOf(world, alertRep, record));
                var agency = world.Agencies[record.Agency];
                if (agency.International || agency.Country < 0) continue;
                if (!firstInCountry.TryGetValue(agency.Country, out var best) || record.AtMs < best.AtMs
                    || record.AtMs == best.AtMs && record.Agency < best.Agency)
                    firstInCountry[agency.Country] = record;
            }

            countriesReached.Add(firstInCountry.Count);
            scopeShare.Add(scopeCountries.Length == 0 ? 0 : scopeCountries.Count(firstInCountry.ContainsKey) / (double)scopeCountries.Length);
            foreach (var (country, record) in firstInCountry)
            {
                if (!perCountry.TryGetValue(country, out var acc)) perCountry[country] = acc = new CountryAccumulator();
                acc.Add(record.AtMs, world.Agencies[record.Agency].Id);
            }
        }

        foreach (var c in scopeCountries) perCountry.TryAdd(c, new CountryAccumulator());
        var agencies = perAgency.OrderBy(p => p.Key).Select(p => p.Value.ToResult(world, p.Key, reps.Count)).ToArray();
        var inScope = new HashSet<int>(scopeCountries);
        var countries = perCountry.OrderBy(p => world.CountryCodes[p.Key], StringComparer.Ordinal)
            .Select(p => p.Value.ToResult(world.CountryCodes[p.Key], inScope.Contains(p.Key), reps.Count)).ToArray();
        return new AlertResult(alert.Id, alert.Kind, alert.Priority, world.Agencies[alert.Origin].Id, alert.Global ? ["*"] : scope,
            Stats.Summarize(agenciesReached), Stats.Summarize(countriesReached), Stats.Summarize(scopeShare), Stats.Summarize(lost),
            agencies, countries);
    }

    /// <summary>Walks first-delivery predecessors back to the origin.</summary>
    private static string PathOf(CompiledWorld world, AlertReplication rep, ReachRecord record)
    {
        var agencies = new List<string>();
        var channels = new List<string>();
        var current = record;
        for (var guard = 0; guard <= world.Agencies.Length; guard++)
        {
            agencies.Add(world.Agencies[current.Agency].Id);
            if (current.FromAgency < 0 || !rep.TryGet(current.FromAgency, out var previous)) break;
            channels.Add(world.Channels[current.Channel].Id);
            current = previous;
        }

        agencies.Reverse();
        channels.Reverse();
        return string.Join(' ', agencies) + "|" + string.Join(' ', channels);
    }

    private static SubjectResult AggregateSubject(CompiledWorld world, CompiledSubject subject, int index, IReadOnlyList<ReplicationMetrics> reps)
    {
        var intercepted = reps.Count(r => r.Subjects[index].InterceptedAtStop >= 0);
        var stops = new StopResult[subject.StopCountries.Length];
        for (var s = 0; s < stops.Length; s++)
        {
            var leads = reps.Select(r => r.Subjects[index].LeadTimesMs[s]).Where(l => l is not null).Select(l => l!.Value / MsPerSecond).ToList();
            var inTime = reps.Count(r => r.Subjects[index].LeadTimesMs[s] is > 0);
            var country = subject.StopCountries[s] >= 0 ? world.CountryCodes[subject.StopCountries[s]] : "?";
            stops[s] = new StopResult(country, subject.StopArrivalsMs[s] / MsPerSecond, Stats.Proportion(inTime, reps.Count), Stats.Summarize(leads));
        }

        var alertIds = string.Join(",", subject.Alerts.Select(a => world.Alerts[a].Id));
        return new SubjectResult(subject.Id, alertIds, Stats.Proportion(intercepted, reps.Count), stops);
    }

    private static double Mean(IReadOnlyList<ReplicationMetrics> reps, Func<ReplicationMetrics, int> value) =>
        reps.Count == 0 ? 0 : reps.Sum(value) / (double)reps.Count;

    private sealed class AgencyAccumulator
    {
        private readonly List<double> _times = [];
        private readonly List<double> _hops = [];
        private readonly Dictionary<string, int> _paths = new(StringComparer.Ordinal);
        private DelayVector _sum;

        public void Add(ReachRecord record, string path)
        {
            _times.Add(record.AtMs / MsPerSecond);
            _hops.Add(record.Hops);
            _paths[path] = _paths.GetValueOrDefault(path) + 1;
            _sum += record.Path;
        }

        public AgencyReach ToResult(CompiledWorld world, int agency, int replications)
        {
            var n = _times.Count;
            var (key, count) = _paths.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First();
            var parts = key.Split('|');
            var path = new PathFrequency(
                parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries),
                parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries),
                count / (double)n);
            var scale = 1.0 / (n * MsPerSecond);
            var breakdown = new DelayBreakdown(_sum.Held * scale, _sum.Transit * scale, _sum.OfficeWait * scale,
                _sum.Queue * scale, _sum.Translation * scale, _sum.LegalReview * scale);
            var a = world.Agencies[agency];
            return new AgencyReach(a.Id, a.Country >= 0 ? world.CountryCodes[a.Country] : "", Stats.Proportion(n, replications),
                Stats.Summarize(_times), Stats.Summarize(_hops), path, breakdown);
        }
    }

    private sealed class CountryAccumulator
    {
        private readonly List<double> _times = [];
        private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);

        public void Add(long atMs, string agency)
        {
            _times.Add(atMs / MsPerSecond);
            _first[agency] = _first.GetValueOrDefault(agency) + 1;
        }

        public CountryReach ToResult(string country, bool inScope, int replications)
        {
            var first = _first.Count == 0 ? null
                : _first.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
            return new CountryReach(country, inScope, Stats.Proportion(_times.Count, replications), Stats.Summarize(_times), first);
        }
    }
}
