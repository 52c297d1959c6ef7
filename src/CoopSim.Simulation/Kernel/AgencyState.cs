using CoopSim.Model;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// One agency's state in one replication: its random stream, its send sequence, which alerts it has acted
/// on, and what it measured. Only the agency's own events touch it, so partitions (or grains) never share one.
/// </summary>
internal sealed class AgencyState
{
    public AgencyState(int agency, int alertCount, int outEdgeCount, int firstOutEdge)
    {
        Agency = agency;
        Reached = new ReachList(agency, alertCount);
        Acted = new ulong[(alertCount + 63) / 64];
        FirstOutEdge = firstOutEdge;
        EdgeCounters = new Results.ChannelCounters[outEdgeCount];
    }

    public int Agency { get; }
    public SimRandom Random;
    public long Seq;
    public ulong[] Acted { get; }
    public int FirstOutEdge { get; }
    public Results.ChannelCounters[] EdgeCounters { get; }

    /// <summary>(alert, record) for each alert this agency acted on, in the order it acted.</summary>
    public ReachList Reached { get; }

    /// <summary>Alert index of each relay this agency lost (loss, outage drop, beyond horizon).</summary>
    public List<int> LostRelays { get; } = [];

    /// <summary>Hops this agency sent or received, when tracing.</summary>
    public List<RawHop>? Hops { get; set; }

    /// <summary>First-delivery hop key per alert, when tracing, for linking duplicates.</summary>
    public Dictionary<int, (int Sender, long Seq)>? FirstDelivery { get; set; }

    public bool HasActed(int alert) => (Acted[alert >> 6] & 1UL << (alert & 63)) != 0;

    public void MarkActed(int alert) => Acted[alert >> 6] |= 1UL << (alert & 63);

    /// <summary>A view of what the agency measured, without copying (the in-process kernel reads it before the next reset).</summary>
    public Distributed.AgencyReport AsReport() => new(Agency, FirstOutEdge, 0, Reached, LostRelays, EdgeCounters, Hops);

    public void Reset(ulong seed, int replication, string agencyId, bool tracing)
    {
        Random = SimRandom.ForStream(seed, replication, agencyId);
        Seq = 0;
        Array.Clear(Acted);
        Array.Clear(EdgeCounters);
        Reached.Clear();
        LostRelays.Clear();
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
}
