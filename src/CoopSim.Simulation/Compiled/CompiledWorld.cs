using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;

namespace CoopSim.Simulation.Compiled;

/// <summary>
/// A scenario flattened for the kernel. Agencies are indexed in ordinal id order, so that index order is
/// the "sender id" order the tie-break of docs/architecture.md, "The kernel" asks for.
/// </summary>
internal sealed class CompiledWorld
{
    private CompiledWorld(ScenarioModel scenario)
    {
        Scenario = scenario;
    }

    public ScenarioModel Scenario { get; }
    public string[] CountryCodes { get; private set; } = [];
    public CompiledAgency[] Agencies { get; private set; } = [];
    public CompiledEdge[] Edges { get; private set; } = [];

    /// <summary>Per edge: true when the sender uses it only for alerts from its own country.</summary>
    public bool[] EdgeOwnAlertsOnly { get; private set; } = [];

    /// <summary>Per edge: the receiving agency's country index, or -1 for an international node (always in scope).</summary>
    public int[] EdgeScopeCountry { get; private set; } = [];
    public Channel[] Channels { get; private set; } = [];

    /// <summary>Agencies, edges and distributions as flat tables for the event loop.</summary>
    public KernelTables Tables { get; private set; } = null!;
    public CompiledAlert[] Alerts { get; private set; } = [];
    public CompiledSubject[] Subjects { get; private set; } = [];
    public long EpochUtcMs { get; private set; }
    public long HorizonMs { get; private set; }

    public static int AlertKindCount { get; } = Enum.GetValues<AlertKind>().Length;

    public static CompiledWorld Compile(ScenarioModel scenario)
    {
        var compiled = new CompiledWorld(scenario);
        compiled.Build();
        return compiled;
    }

    public int AgencyIndex(string id) => Array.BinarySearch(AgencyIdsSorted, id, StringComparer.Ordinal);

    private string[] AgencyIdsSorted { get; set; } = [];

    private int[] _firstEdge = [];

    /// <summary>The edges an agency sends on: a contiguous run of <see cref="Edges"/>, as (first index, count).</summary>
    public (int First, int Count) OutEdgeRange(int agency) => (_firstEdge[agency], _firstEdge[agency + 1] - _firstEdge[agency]);

    /// <summary>The edges an agency sends on, as an array of indices into <see cref="Edges"/>.</summary>
    public int[] OutEdgesOf(int agency)
    {
        var edges = new int[_firstEdge[agency + 1] - _firstEdge[agency]];
        for (var i = 0; i < edges.Length; i++) edges[i] = _firstEdge[agency] + i;
        return edges;
    }

    private void Build()
    {
        var world = Scenario.World;
        EpochUtcMs = Scenario.Epoch.ToUnixTimeMilliseconds();
        HorizonMs = Scenario.Run.Horizon.Milliseconds;

        CountryCodes = world.Countries.Select(c => c.Code).Distinct().Order(StringComparer.Ordinal).ToArray();
        var countryIndex = CountryCodes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var countries = world.Countries.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var agencies = world.Agencies.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        AgencyIdsSorted = agencies.Select(a => a.Id).ToArray();
        var agencyIndex = AgencyIdsSorted.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);

        Channels = world.Channels.OrderBy(c => c.Id, StringComparer.Ordinal).ToArray();
        var outages = Scenario.Outages
            .GroupBy(o => o.Channel)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.From).Select(o => new CompiledOutage(o.From.Milliseconds, o.Until.Milliseconds, o.Mode)).ToArray());

        var edges = new List<CompiledEdge>();
        for (var c = 0; c < Channels.Length; c++)
        {
            var channel = Channels[c];
            if (!agencyIndex.TryGetValue(channel.From, out var from) || !agencyIndex.TryGetValue(channel.To, out var to)) continue;
            var windows = outages.GetValueOrDefault(channel.Id, []);
            edges.Add(MakeEdge(edges.Count, c, channel, agencies[from], agencies[to], from, to, windows, world));
            if (channel.TwoWay) edges.Add(MakeEdge(edges.Count, c, channel, agencies[to], agencies[from], to, from, windows, world));
        }

        // Edges are kept in (from, channel id, to) order so that an agency's sends happen in a fixed order.
        Edges = edges.OrderBy(e => e.From).ThenBy(e => Channels[e.Channel].Id, StringComparer.Ordinal).ThenBy(e => e.To)
            .Select((e, i) => new CompiledEdge(i, e.Channel, e.From, e.To, e.Latency, e.Loss, e.Translation, e.LegalReview, e.Outages, e.FollowUp))
            .ToArray();

        // Edges are sorted by sender, so each agency's out-edges are one contiguous run.
        _firstEdge = new int[agencies.Length + 1];
        foreach (var edge in Edges) _firstEdge[edge.From + 1]++;
        for (var i = 0; i < agencies.Length; i++) _firstEdge[i + 1] += _firstEdge[i];

        Agencies = new CompiledAgency[agencies.Length];
        for (var i = 0; i < agencies.Length; i++)
        {
            var agency = agencies[i];
            var country = countries.GetValueOrDefault(agency.Country);
            var outEdges = OutEdgesOf(i);
            var relay = RelayEdges(agency, outEdges);

            Agencies[i] = new CompiledAgency
            {
                Index = i,
                Id = agency.Id,
                Country = countryIndex.GetValueOrDefault(agency.Country, -1),
                International = agency.International,
                Capabilities = agency.Capabilities,
                UtcOffsetMs = (country?.UtcOffsetMinutes ?? 0) * Duration.MillisecondsPerMinute,
                WeekendMask = WeekendMaskOf(country),
                AlwaysOpen = agency.Hours.AlwaysOpen,
                OpensMs = agency.Hours.OpensAtMinute * Duration.MillisecondsPerMinute,
                ClosesMs = agency.Hours.ClosesAtMinute * Duration.MillisecondsPerMinute,
                UrgentDutyDelay = agency.Hours.UrgentDutyDelay ?? world.Defaults.UrgentDutyDelay,
                Handling = BuildHandling(agency, world.Defaults.Handling),
                RelayEdges = relay,
                OutEdges = outEdges,
                HasRelayPolicy = agency.Relay is not null,
                Capacity = agency.Capacity ?? 0,
            };
        }

        EdgeOwnAlertsOnly = Edges.Select(e => agencies[e.From].Relay?.OnlyForOwnAlerts(Channels[e.Channel]) == true).ToArray();
        EdgeScopeCountry = Edges.Select(e => Agencies[e.To].International ? -1 : Agencies[e.To].Country < 0 ? -2 : Agencies[e.To].Country).ToArray();
        Tables = KernelTables.Build(Agencies, Edges, EdgeOwnAlertsOnly, EdgeScopeCountry);

        var subjectIndex = Scenario.Subjects.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Alerts = Scenario.Alerts.Select((a, i) => CompileAlert(a, i, agencyIndex, countryIndex, subjectIndex)).ToArray();
        Subjects = Scenario.Subjects.Select((s, i) => new CompiledSubject(
            s.Id,
            s.Itinerary.Select(stop => countryIndex.GetValueOrDefault(stop.Country, -1)).ToArray(),
            s.Itinerary.Select(stop => stop.ArrivesAt.Milliseconds).ToArray(),
            Alerts.Where(a => a.Subject == i).Select(a => a.Index).ToArray())).ToArray();
    }

    private CompiledAlert CompileAlert(AlertSpec alert, int index, Dictionary<string, int> agencyIndex,
        Dictionary<string, int> countryIndex, Dictionary<string, int> subjectIndex)
    {
        if (!agencyIndex.TryGetValue(alert.Origin, out var origin))
            throw new InvalidOperationException($"alert '{alert.Id}' names unknown origin agency '{alert.Origin}'");
        var inScope = new bool[CountryCodes.Length];
        foreach (var code in alert.Scope.Countries)
            if (countryIndex.TryGetValue(code, out var c)) inScope[c] = true;

        int[]? via = null;
        if (alert.Via.Count > 0)
        {
            var names = alert.Via.ToHashSet(StringComparer.Ordinal);
            via = Agencies[origin].OutEdges.Where(e => names.Contains(Channels[Edges[e].Channel].Id)).ToArray();
        }

        return new CompiledAlert
        {
            Index = index,
            Id = alert.Id,
            Kind = alert.Kind,
            Priority = alert.Priority,
            Origin = origin,
            IssuedAtMs = alert.IssuedAt.Milliseconds,
            ExpiresAtMs = alert.Expiry is { } expiry ? alert.IssuedAt.Milliseconds + expiry.Milliseconds : long.MaxValue,
            CountryInScope = inScope,
            Global = alert.Scope.Global,
            OriginCountry = ScopeCountryOf(Agencies[origin]),
            ViaEdges = via,
            Subject = alert.Subject is { } s && subjectIndex.TryGetValue(s, out var si) ? si : -1,
        };
    }

    /// <summary>
    /// The country an agency counts as for scope (docs/model.md, "Scope"): its own, or -1 for an international
    /// node, which counts as no country wherever it is hosted.
    /// </summary>
    public static int ScopeCountryOf(CompiledAgency agency) => agency.International ? -1 : agency.Country;

    // The per-agency helpers below are plain loops, not LINQ: they run for every agency of a world (10,000 and more),
    // on the first run of a process, while the generic LINQ methods would still be unoptimised tier-0 code (measured
    // with perf: half the time of compiling the generated 10,000-agency world).

    /// <summary>Per <c>kind * 2 + priority</c>: the most specific matching rule's delay (the first of equally specific ones), else <paramref name="fallback"/>.</summary>
    private static DelayDistribution[] BuildHandling(Agency agency, DelayDistribution fallback)
    {
        var table = new DelayDistribution[AlertKindCount * 2];
        var rules = agency.HandlingDelays;
        for (var k = 0; k < AlertKindCount; k++)
        {
            for (var p = 0; p < 2; p++)
            {
                HandlingDelay? best = null;
                for (var i = 0; i < rules.Count; i++)
                {
                    var r = rules[i];
                    if ((r.Kind is null || (int)r.Kind == k) && (r.Priority is null || (int)r.Priority == p)
                        && (best is null || r.Specificity > best.Specificity))
                        best = r;
                }

                table[k * 2 + p] = best?.Delay ?? fallback;
            }
        }

        return table;
    }

    /// <summary>Per alert kind: the out-edges the agency's relay policy uses for it, in edge order; none without a policy.</summary>
    private int[][] RelayEdges(Agency agency, int[] outEdges)
    {
        var relay = new int[AlertKindCount][];
        for (var k = 0; k < AlertKindCount; k++)
        {
            if (agency.Relay is not { } policy || !policy.Relays((AlertKind)k))
            {
                relay[k] = [];
                continue;
            }

            var used = new List<int>(outEdges.Length);
            foreach (var e in outEdges)
                if (policy.Uses(Channels[Edges[e].Channel])) used.Add(e);
            relay[k] = used.ToArray();
        }

        return relay;
    }

    private static int WeekendMaskOf(Country? country)
    {
        if (country is null) return 1 << (int)DayOfWeek.Saturday | 1 << (int)DayOfWeek.Sunday;
        var mask = 0;
        for (var i = 0; i < country.Weekend.Count; i++) mask |= 1 << (int)country.Weekend[i];
        return mask;
    }

    private static CompiledEdge MakeEdge(int index, int channelIndex, Channel channel, Agency from, Agency to,
        int fromIndex, int toIndex, CompiledOutage[] outages, WorldModel world)
    {
        var needsTranslation = channel.Translation switch
        {
            TranslationMode.Always => true,
            TranslationMode.Never => false,
            _ => !LanguagesOf(from, world).Intersect(LanguagesOf(to, world), StringComparer.OrdinalIgnoreCase).Any(),
        };
        return new CompiledEdge(
            index,
            channelIndex,
            fromIndex,
            toIndex,
            channel.Latency,
            channel.LossProbability,
            needsTranslation ? channel.TranslationDelay ?? world.Defaults.Translation : null,
            channel.RequiresLegalReview ? channel.LegalReview ?? world.Defaults.LegalReview : null,
            outages,
            channel.FollowUp);
    }

    private static IEnumerable<string> LanguagesOf(Agency agency, WorldModel world) =>
        agency.Languages.Count > 0 ? agency.Languages : world.FindCountry(agency.Country)?.Languages ?? [];
}
