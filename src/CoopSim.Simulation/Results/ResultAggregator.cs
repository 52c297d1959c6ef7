using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Results;

/// <summary>Summarises replications into a <see cref="SimulationResult"/>. Works on replication-ordered input only, so it is deterministic.</summary>
internal static class ResultAggregator
{
    private const double MsPerSecond = 1000.0;

    public static SimulationResult Aggregate(CompiledWorld world, ulong seed, IReadOnlyList<ReplicationMetrics> reps, int workers = 1)
    {
        var scenario = world.Scenario;
        // Alerts are summarised independently, so they can be summarised side by side.
        var alerts = new AlertResult[world.Alerts.Length];
        Parallel.For(0, alerts.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) },
            i => alerts[i] = AggregateAlert(world, world.Alerts[i], reps));
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
        var inScope = new bool[world.CountryCodes.Length];
        foreach (var c in scopeCountries) inScope[c] = true;

        // Every (replication, record) of this alert, grouped by agency: memory in proportion to what was
        // reached, not to the size of the world, so that many alerts over a large world stay cheap.
        var total = 0;
        foreach (var rep in reps) total += rep.Alerts[a].Reached.Count;
        var all = new (ReachRecord Record, int Rep)[total];
        var agenciesReached = new double[reps.Count];
        var countriesReached = new double[reps.Count];
        var scopeShare = new double[reps.Count];
        var lost = new double[reps.Count];
        var countryTimes = new Dictionary<int, List<double>>();
        var countryFirst = new Dictionary<int, Dictionary<string, int>>();
        var firstInCountry = new Dictionary<int, ReachRecord>();
        var k = 0;
        for (var r = 0; r < reps.Count; r++)
        {
            var alertRep = reps[r].Alerts[a];
            agenciesReached[r] = alertRep.Reached.Count;
            lost[r] = alertRep.LostRelays;
            foreach (var record in alertRep.Reached)
            {
                all[k++] = (record, r);
                var agency = world.Agencies[record.Agency];
                if (agency.International || agency.Country < 0) continue;
                if (!firstInCountry.TryGetValue(agency.Country, out var best) || record.AtMs < best.AtMs) firstInCountry[agency.Country] = record;
            }

            countriesReached[r] = firstInCountry.Count;
            var inScopeReached = 0;
            foreach (var (c, record) in firstInCountry)
            {
                if (inScope[c]) inScopeReached++;
                if (!countryTimes.TryGetValue(c, out var times)) countryTimes[c] = times = [];
                times.Add(record.AtMs / MsPerSecond);
                if (!countryFirst.TryGetValue(c, out var first)) countryFirst[c] = first = new Dictionary<string, int>(StringComparer.Ordinal);
                var id = world.Agencies[record.Agency].Id;
                first[id] = first.GetValueOrDefault(id) + 1;
            }

            firstInCountry.Clear();
            scopeShare[r] = scopeCountries.Length == 0 ? 0 : inScopeReached / (double)scopeCountries.Length;
        }

        Array.Sort(all, static (x, y) => x.Record.Agency != y.Record.Agency ? x.Record.Agency.CompareTo(y.Record.Agency) : x.Rep.CompareTo(y.Rep));
        var memos = new Dictionary<int, Dictionary<int, (PathTrail, PathTrail)>>();
        var agencies = new List<AgencyReach>();
        for (var start = 0; start < all.Length;)
        {
            var agencyIndex = all[start].Record.Agency;
            var end = start;
            while (end < all.Length && all[end].Record.Agency == agencyIndex) end++;
            agencies.Add(AgencyResult(world, reps, a, all.AsSpan(start, end - start), reps.Count, memos));
            start = end;
        }

        var countries = new List<CountryReach>();
        for (var c = 0; c < world.CountryCodes.Length; c++)
        {
            var list = countryTimes.GetValueOrDefault(c);
            if (list is null && !inScope[c]) continue;
            var first = countryFirst.GetValueOrDefault(c)?.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
            countries.Add(new CountryReach(world.CountryCodes[c], inScope[c], Stats.Proportion(list?.Count ?? 0, reps.Count),
                Stats.SummarizeTimes(list ?? [], reps.Count), first));
        }

        return new AlertResult(alert.Id, alert.Kind, alert.Priority, world.Agencies[alert.Origin].Id, alert.Global ? ["*"] : scope,
            Stats.Summarize(agenciesReached), Stats.Summarize(countriesReached), Stats.Summarize(scopeShare), Stats.Summarize(lost),
            agencies, countries);
    }

    /// <summary>One agency's reach of one alert, from its records in every replication that reached it.</summary>
    private static AgencyReach AgencyResult(CompiledWorld world, IReadOnlyList<ReplicationMetrics> reps, int alert,
        ReadOnlySpan<(ReachRecord Record, int Rep)> group, int replications, Dictionary<int, Dictionary<int, (PathTrail, PathTrail)>> memos)
    {
        var n = group.Length;
        var times = new double[n];
        var hops = new double[n];
        DelayVector sum = default;
        Dictionary<ulong, (int Count, int Rep)>? paths = n > 1 ? new() : null;
        for (var i = 0; i < n; i++)
        {
            var (record, rep) = group[i];
            times[i] = record.AtMs / MsPerSecond;
            hops[i] = record.Hops;
            sum += record.Path;
            if (paths is not null)
                paths[record.PathHash] = paths.TryGetValue(record.PathHash, out var seen) ? (seen.Count + 1, seen.Rep) : (1, rep);
        }

        // The modal first-delivery path; ties go to the smaller hash, which is deterministic.
        var modal = paths?.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key).First().Value ?? (1, group[0].Rep);
        if (!memos.TryGetValue(modal.Rep, out var memo)) memos[modal.Rep] = memo = [];
        var agency = world.Agencies[group[0].Record.Agency];
        var scale = 1.0 / (n * MsPerSecond);
        return new AgencyReach(
            agency.Id,
            agency.Country >= 0 ? world.CountryCodes[agency.Country] : "",
            Stats.Proportion(n, replications),
            Stats.SummarizeTimes(times, replications),
            Stats.Summarize(hops),
            PathOf(world, reps[modal.Rep].Alerts[alert], agency.Index, modal.Count / (double)n, memo),
            new DelayBreakdown(sum.Held * scale, sum.Transit * scale, sum.OfficeWait * scale, sum.Queue * scale,
                sum.Translation * scale, sum.LegalReview * scale));
    }

    /// <summary>
    /// The first-delivery path to <paramref name="agency"/> in one replication, built from the paths of its
    /// predecessors (memoised per replication, so shared prefixes are built once and shared).
    /// </summary>
    private static PathFrequency PathOf(CompiledWorld world, AlertReplication rep, int agency, double share,
        Dictionary<int, (PathTrail Agencies, PathTrail Channels)> memo)
    {
        var (agencies, channels) = Trail(world, rep, agency, memo, 0);
        return new PathFrequency(agencies, channels.Count == 1 && channels[0].Length == 0 ? [] : channels, share);
    }

    private static (PathTrail Agencies, PathTrail Channels) Trail(CompiledWorld world, AlertReplication rep, int agency,
        Dictionary<int, (PathTrail, PathTrail)> memo, int depth)
    {
        if (memo.TryGetValue(agency, out var known)) return known;
        rep.TryGet(agency, out var record);
        var id = world.Agencies[agency].Id;
        (PathTrail, PathTrail) trail;
        if (record.FromAgency < 0 || depth > world.Agencies.Length || !rep.TryGet(record.FromAgency, out _))
        {
            trail = (PathTrail.Start(id), PathTrail.Start(string.Empty));
        }
        else
        {
            var (agencies, channels) = Trail(world, rep, record.FromAgency, memo, depth + 1);
            var channel = world.Channels[record.Channel].Id;
            trail = (agencies.Then(id), channels.Count == 1 && channels[0].Length == 0 ? PathTrail.Start(channel) : channels.Then(channel));
        }

        memo[agency] = trail;
        return trail;
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
}
