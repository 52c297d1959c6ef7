using CoopSim.Model;
using CoopSim.Simulation.Fold;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// One agency's state in one replication: its random stream, its send sequence, which alerts it has acted
/// on, and what it measured. Only the agency's own events touch it, so partitions (or grains) never share one.
/// </summary>
internal sealed class AgencyState
{
    /// <summary>A state with storage of its own (an agency hosted alone, as in a grain).</summary>
    public AgencyState(int agency, int alertCount, int outEdgeCount, int firstOutEdge)
        : this(agency, new ulong[ActedWords(alertCount)], 0, new Results.ChannelCounters[outEdgeCount], -firstOutEdge, alertCount, outEdgeCount, firstOutEdge)
    {
    }

    /// <summary>
    /// A state whose acted bits and channel counters live in tables shared by every agency of a kernel: the
    /// event loop can then prefetch them by index for the next event, without first reading this object.
    /// </summary>
    public AgencyState(int agency, int alertCount, int outEdgeCount, int firstOutEdge, ulong[] actedTable, Results.ChannelCounters[] counterTable)
        : this(agency, actedTable, agency * ActedWords(alertCount), counterTable, 0, alertCount, outEdgeCount, firstOutEdge)
    {
    }

    private AgencyState(int agency, ulong[] acted, int actedOffset, Results.ChannelCounters[] counters, int counterBase,
        int alertCount, int outEdgeCount, int firstOutEdge)
    {
        Agency = agency;
        Reached = new ReachList(agency, alertCount);
        _acted = acted;
        _actedOffset = actedOffset;
        _actedWords = ActedWords(alertCount);
        _counters = counters;
        _counterBase = counterBase;
        _outEdgeCount = outEdgeCount;
        FirstOutEdge = firstOutEdge;
    }

    private readonly ulong[] _acted;
    private string? _hashedId;
    private ulong _idHash;
    private SimRandom _random;
    private bool _seeded;

    /// <summary>Whether any acted bit is set: the kernel logs reach records apart, so an empty list does not tell.</summary>
    private bool _actedOnSome;
    private ulong _seed;
    private int _replication;
    private readonly int _actedOffset;
    private readonly int _actedWords;
    private readonly Results.ChannelCounters[] _counters;

    /// <summary>Added to an edge index to find its counters: -FirstOutEdge in storage of its own, 0 in a shared table.</summary>
    private readonly int _counterBase;
    private readonly int _outEdgeCount;

    public int Agency { get; }

    /// <summary>
    /// The agency's own stream for this replication, seeded when first drawn from: on a large world most agencies
    /// of a small scenario never draw, and seeding every one of them each replication cost more than the events.
    /// </summary>
    public ref SimRandom Random
    {
        get
        {
            if (!_seeded) Seed();
            return ref _random;
        }
    }

    public long Seq;
    public int FirstOutEdge { get; }

    /// <summary>This agency's channel counters, one per out-edge, in edge order.</summary>
    public ArraySegment<Results.ChannelCounters> EdgeCounters => new(_counters, FirstOutEdge + _counterBase, _outEdgeCount);

    public static int ActedWords(int alertCount) => (alertCount + 63) / 64;

    /// <summary>The counters of one of this agency's out-edges, by edge index.</summary>
    public ref Results.ChannelCounters Counters(int edge) => ref _counters[edge + _counterBase];

    /// <summary>(alert, record) for each alert this agency acted on, in the order it acted.</summary>
    public ReachList Reached { get; }

    /// <summary>Alert index of each relay this agency sent that never arrived (lost, or dropped by an outage).</summary>
    public List<int> LostRelays { get; } = [];

    /// <summary>Edge index of each copy this agency received that expired (on arrival, or before it could act).</summary>
    public List<int> ExpiredEdges { get; } = [];

    /// <summary>The desk of an agency with a capacity, made when first used.</summary>
    public DeskState? Desk { get; private set; }

    public DeskState DeskOf() => Desk ??= new DeskState();

    /// <summary>Follow-ups sent per (alert, out-edge), on channels that have them; made when first used.</summary>
    private Dictionary<(int Alert, int Edge), int>? _followUps;

    /// <summary>
    /// Whether the agency may send <paramref name="alert"/> on <paramref name="edge"/> once more (it acts on an alert
    /// once, so it sends it on an edge once, plus its follow-ups); counts the follow-up when it may.
    /// </summary>
    public bool TakeFollowUp(int alert, int edge, int tries)
    {
        _followUps ??= [];
        var sent = _followUps.GetValueOrDefault((alert, edge));
        if (sent >= tries) return false;
        _followUps[(alert, edge)] = sent + 1;
        return true;
    }

    /// <summary>Hops this agency sent or received, when tracing.</summary>
    public List<RawHop>? Hops { get; set; }

    /// <summary>First-delivery hop key per alert, when tracing, for linking duplicates.</summary>
    public Dictionary<int, (int Sender, long Seq)>? FirstDelivery { get; set; }

    public bool HasActed(int alert) => (_acted[_actedOffset + (alert >> 6)] & 1UL << (alert & 63)) != 0;

    public void MarkActed(int alert)
    {
        _acted[_actedOffset + (alert >> 6)] |= 1UL << (alert & 63);
        _actedOnSome = true;
    }

    /// <summary>A view of what the agency measured, without copying (the in-process kernel reads it before the next reset).</summary>
    public AgencyReport AsReport() => new(Agency, FirstOutEdge, 0, Reached, LostRelays, EdgeCounters, Hops, ExpiredEdges);

    /// <summary>
    /// Whether this replication changed anything a report or a reset reads: an agency that sent moved
    /// <see cref="Seq"/> (its counters and lost relays change only when it sends), one that acted set an acted bit
    /// (and made a reach record, in its list or in a partition's log); one that received an expired copy listed it.
    /// </summary>
    public bool Touched => Seq != 0 || _actedOnSome || Reached.Count != 0 || ExpiredEdges.Count != 0;

    public void Reset(ulong seed, int replication, string agencyId, bool tracing)
    {
        // The id's hash is the same every replication: hashed again only if the id changes.
        if (!ReferenceEquals(agencyId, _hashedId))
        {
            _idHash = StableHash.Of(agencyId);
            _hashedId = agencyId;
        }

        (_seed, _replication, _seeded) = (seed, replication, false);
        Desk?.Clear();
        _followUps?.Clear();

        // Only a touched agency has anything to clear; most agencies of a small scenario on a large world are not.
        if (Touched)
        {
            Seq = 0;
            _actedOnSome = false;
            Array.Clear(_acted, _actedOffset, _actedWords);
            EdgeCounters.AsSpan().Clear();
            Reached.Clear();
            LostRelays.Clear();
            ExpiredEdges.Clear();
        }

        if (tracing)
        {
            (Hops ??= []).Clear();
            (FirstDelivery ??= []).Clear();
        }
        else
        {
            Hops = null;
            FirstDelivery = null;
        }
    }

    private void Seed()
    {
        _random = SimRandom.ForStream(_seed, _replication, _idHash);
        _seeded = true;
    }
}
