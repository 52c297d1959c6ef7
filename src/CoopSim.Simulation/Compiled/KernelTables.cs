using System.Runtime.CompilerServices;
using CoopSim.Model.Distributions;

namespace CoopSim.Simulation.Compiled;

/// <summary>
/// The compiled world as flat arrays for <see cref="AgencyBehaviour"/>. The kernel is bound by memory
/// latency (measured: events per second fall from 4.2 M to 1.5 M to 0.75 M between 1,000, 10,000 and 100,000
/// agencies), so every table here is laid out to cut the cache lines one event touches: rows of structs
/// instead of objects, relay lists in one array, and distributions shared through a small hot table.
/// </summary>
internal sealed class KernelTables
{
    private KernelTables(AgencyRow[] agencies, EdgeRow[] edges, DelaySampler[] samplers, int[] handling, RelayRange[] relayRanges, int[] relayList,
        int[] firstOutEdge)
    {
        FirstOutEdge = firstOutEdge;
        Agencies = agencies;
        Edges = edges;
        Samplers = samplers;
        Handling = handling;
        RelayRanges = relayRanges;
        RelayList = relayList;
    }

    /// <summary>Handling delays per table: one for each <c>kind * 2 + priority</c>.</summary>
    public static int HandlingWidth { get; } = CompiledWorld.AlertKindCount * 2;

    public AgencyRow[] Agencies { get; }
    public EdgeRow[] Edges { get; }

    /// <summary>Every distinct distribution of the world (by value): few, so they stay in cache.</summary>
    public DelaySampler[] Samplers { get; }

    /// <summary>Sampler indices, <see cref="HandlingWidth"/> per handling table; agencies with equal tables share one.</summary>
    public int[] Handling { get; }

    /// <summary>Per <c>agency * kinds + kind</c>: where that agency's relay edges are in <see cref="RelayList"/>.</summary>
    public RelayRange[] RelayRanges { get; }

    public int[] RelayList { get; }

    /// <summary>Per agency: its first out-edge (out-edges are adjacent rows of <see cref="Edges"/>).</summary>
    public int[] FirstOutEdge { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int HandlingSampler(in AgencyRow agency, int kindPriority) => Handling[agency.HandlingTable * HandlingWidth + kindPriority];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public RelayRange Relays(int agency, int kind) => RelayRanges[agency * CompiledWorld.AlertKindCount + kind];

    public static KernelTables Build(IReadOnlyList<CompiledAgency> agencies, IReadOnlyList<CompiledEdge> edges,
        bool[] ownAlertsOnly, int[] scopeCountry)
    {
        var samplers = new List<DelaySampler>();
        // By value (distributions are records): a generated world writes each agency's handling delay out
        // apart, and by reference its 10,000 equal distributions were 10,000 samplers and handling tables, a
        // cache miss per draw (perf: sampling was 11% of the kernel).
        var samplerIndex = new Dictionary<DelayDistribution, int>();
        int Sampler(DelayDistribution? distribution)
        {
            if (distribution is null) return -1;
            if (!samplerIndex.TryGetValue(distribution, out var index))
            {
                index = samplers.Count;
                samplers.Add(new DelaySampler(distribution));
                samplerIndex.Add(distribution, index);
            }

            return index;
        }

        var edgeRows = new EdgeRow[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            var edge = edges[e];
            edgeRows[e] = new EdgeRow(edge.Index, edge.From, edge.To, edge.Channel, edge.Loss, Sampler(edge.Latency),
                Sampler(edge.Translation), Sampler(edge.LegalReview), ownAlertsOnly[e], scopeCountry[e], edge.Outages);
        }

        var handling = new List<int>();
        var handlingIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = CompiledWorld.AlertKindCount;
        var relayRanges = new RelayRange[agencies.Count * kinds];
        var relayList = new List<int>();
        var agencyRows = new AgencyRow[agencies.Count];
        for (var a = 0; a < agencies.Count; a++)
        {
            var agency = agencies[a];
            var table = agency.Handling.Select(Sampler).ToArray();
            var signature = string.Join(',', table);
            if (!handlingIndex.TryGetValue(signature, out var tableIndex))
            {
                tableIndex = handlingIndex.Count;
                handlingIndex.Add(signature, tableIndex);
                handling.AddRange(table);
            }

            for (var k = 0; k < kinds; k++)
            {
                // Kinds with the same relay edges share one run of the list.
                var relays = agency.RelayEdges[k];
                var same = -1;
                for (var j = 0; j < k && same < 0; j++)
                    if (agency.RelayEdges[j].AsSpan().SequenceEqual(relays)) same = j;
                if (same >= 0)
                {
                    relayRanges[a * kinds + k] = relayRanges[a * kinds + same];
                    continue;
                }

                relayRanges[a * kinds + k] = new RelayRange(relayList.Count, relays.Length);
                relayList.AddRange(relays);
            }

            agencyRows[a] = new AgencyRow(agency.UtcOffsetMs, agency.OpensMs, agency.ClosesMs, agency.WeekendMask, agency.AlwaysOpen,
                CompiledWorld.ScopeCountryOf(agency), Sampler(agency.UrgentDutyDelay), tableIndex, agency.Capacity);
        }

        var firstOutEdge = new int[agencies.Count];
        for (var e = edges.Count - 1; e >= 0; e--) firstOutEdge[edges[e].From] = e;
        return new KernelTables(agencyRows, edgeRows, [.. samplers], [.. handling], relayRanges, [.. relayList], firstOutEdge);
    }
}
