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
        var agencyCount = world.Agencies.Length;
        var scope = alert.Global
            ? Array.Empty<string>()
            : world.Scenario.Alerts[a].Scope.Countries.Order(StringComparer.Ordinal).ToArray();
        var scopeCountries = alert.Global
            ? Enumerable.Range(0, world.CountryCodes.Length).ToArray()
            : scope.Select(c => Array.IndexOf(world.CountryCodes, c)).Where(i => i >= 0).ToArray();
        var inScope = new bool[world.CountryCodes.Length];
        foreach (var c in scopeCountries) inScope[c] = true;

        // Pass 1: how many replications reached each agency, to lay the samples out flat (no per-agency lists).
        var offsets = new int[agencyCount + 1];
        foreach (var rep in reps)
            foreach (var record in rep.Alerts[a].Reached) offsets[record.Agency + 1]++;
        for (var g = 0; g < agencyCount; g++) offsets[g + 1] += offsets[g];
        var fill = (int[])offsets.Clone();
        var times = new double[offsets[agencyCount]];
        var hops = new double[offsets[agencyCount]];
        var sums = new DelayVector[agencyCount];
        var paths = new Dictionary<(int Agency, ulong Hash), (int Count, int Rep)>();

        var agenciesReached = new double[reps.Count];
        var countriesReached = new double[reps.Count];
        var scopeShare = new double[reps.Count];
        var lost = new double[reps.Count];
        var countryTimes = new List<double>[world.CountryCodes.Length];
        var countryFirst = new Dictionary<string, int>[world.CountryCodes.Length];
        var firstInCountry = new ReachRecord?[world.CountryCodes.Length];
        var touched = new List<int>();
        for (var r = 0; r < reps.Count; r++)
        {
            var alertRep = reps[r].Alerts[a];
            agenciesReached[r] = alertRep.Reached.Count;
            lost[r] = alertRep.LostRelays;
            foreach (var record in alertRep.Reached)
            {
                var slot = fill[record.Agency]++;
                times[slot] = record.AtMs / MsPerSecond;
                hops[slot] = record.Hops;
                sums[record.Agency] += record.Path;
                var key = (record.Agency, record.PathHash);
                paths[key] = paths.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.Rep) : (1, r);

                var agency = world.Agencies[record.Agency];
                if (agency.International || agency.Country < 0) continue;
                var best = firstInCountry[agency.Country];
                if (best is null) touched.Add(agency.Country);
                if (best is null || record.AtMs < best.Value.AtMs) firstInCountry[agency.Country] = record;
            }

            countriesReached[r] = touched.Count;
            var inScopeReached = 0;
            foreach (var c in touched)
            {
                var record = firstInCountry[c]!.Value;
                if (inScope[c]) inScopeReached++;
                (countryTimes[c] ??= []).Add(record.AtMs / MsPerSecond);
                var first = countryFirst[c] ??= new Dictionary<string, int>(StringComparer.Ordinal);
                var id = world.Agencies[record.Agency].Id;
                first[id] = first.GetValueOrDefault(id) + 1;
                firstInCountry[c] = null;
            }

            touched.Clear();
            scopeShare[r] = scopeCountries.Length == 0 ? 0 : inScopeReached / (double)scopeCountries.Length;
        }

        // The modal first-delivery path per agency; ties go to the smaller hash, which is deterministic.
        var modal = new (int Count, ulong Hash, int Rep)[agencyCount];
        foreach (var ((agencyIndex, hash), (count, rep)) in paths)
        {
            var current = modal[agencyIndex];
            if (count > current.Count || count == current.Count && hash < current.Hash) modal[agencyIndex] = (count, hash, rep);
        }

        var agencies = new List<AgencyReach>();
        for (var g = 0; g < agencyCount; g++)
        {
            var n = offsets[g + 1] - offsets[g];
            if (n == 0) continue;
            var agency = world.Agencies[g];
            var scale = 1.0 / (n * MsPerSecond);
            var sum = sums[g];
            agencies.Add(new AgencyReach(
                agency.Id,
                agency.Country >= 0 ? world.CountryCodes[agency.Country] : "",
                Stats.Proportion(n, reps.Count),
                Stats.Summarize(new ArraySegment<double>(times, offsets[g], n)),
                Stats.Summarize(new ArraySegment<double>(hops, offsets[g], n)),
                PathOf(world, reps[modal[g].Rep].Alerts[a], g, modal[g].Count / (double)n),
                new DelayBreakdown(sum.Held * scale, sum.Transit * scale, sum.OfficeWait * scale, sum.Queue * scale,
                    sum.Translation * scale, sum.LegalReview * scale)));
        }

        var countries = new List<CountryReach>();
        for (var c = 0; c < world.CountryCodes.Length; c++)
        {
            var list = countryTimes[c];
            if (list is null && !inScope[c]) continue;
            var first = countryFirst[c]?.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
            countries.Add(new CountryReach(world.CountryCodes[c], inScope[c], Stats.Proportion(list?.Count ?? 0, reps.Count),
                Stats.Summarize(list ?? []), first));
        }

        return new AlertResult(alert.Id, alert.Kind, alert.Priority, world.Agencies[alert.Origin].Id, alert.Global ? ["*"] : scope,
            Stats.Summarize(agenciesReached), Stats.Summarize(countriesReached), Stats.Summarize(scopeShare), Stats.Summarize(lost),
            agencies, countries);
    }

    /// <summary>Spells out the first-delivery path to <paramref name="agency"/> in one replication, walking predecessors back to the origin.</summary>
    private static PathFrequency PathOf(CompiledWorld world, AlertReplication rep, int agency, double share)
    {
        var agencies = new List<string>();
        var channels = new List<string>();
        rep.TryGet(agency, out var current);
        for (var guard = 0; guard <= world.Agencies.Length; guard++)
        {
            agencies.Add(world.Agencies[current.Agency].Id);
            if (current.FromAgency < 0 || !rep.TryGet(current.FromAgency, out var previous)) break;
            channels.Add(world.Channels[current.Channel].Id);
            current = previous;
        }

        agencies.Reverse();
        channels.Reverse();
        return new PathFrequency(agencies, channels, share);
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
