using System.Runtime.CompilerServices;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// A reach record's fields other than its agency and path hash, in 32 bits each (40 bytes instead of 80): what
/// the agencies' lists (<see cref="ReachEntry"/>) and the fold's regrouped copy (<see cref="CompactReach"/>) keep
/// per record. A record that does not fit (a value past 32 bits, a negative one, a path hash already set) is
/// kept whole elsewhere, marked by <see cref="Wide"/>.
/// </summary>
internal struct PackedReach
{
    public uint AtMs;
    public int Hops;
    public int From;
    public int Channel;
    public uint Held;
    public uint Transit;
    public uint OfficeWait;
    public uint Queue;
    public uint Translation;
    public uint LegalReview;

    /// <summary>A packed record never has negative hops, so -1 marks one kept whole.</summary>
    public static PackedReach WideMark => new() { Hops = -1 };

    public readonly bool Wide => Hops < 0;

    /// <summary>Packs <paramref name="r"/> into <paramref name="packed"/>, or says it does not fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPack(in ReachRecord r, out PackedReach packed)
    {
        var p = r.Path;
        if (r.PathHash != 0 || !Fits(r.AtMs) || r.Hops < 0 || !Fits(p.Held) || !Fits(p.Transit) || !Fits(p.OfficeWait)
            || !Fits(p.Queue) || !Fits(p.Translation) || !Fits(p.LegalReview))
        {
            packed = WideMark;
            return false;
        }

        packed = new PackedReach
        {
            AtMs = (uint)r.AtMs, Hops = r.Hops, From = r.FromAgency, Channel = r.Channel, Held = (uint)p.Held,
            Transit = (uint)p.Transit, OfficeWait = (uint)p.OfficeWait, Queue = (uint)p.Queue,
            Translation = (uint)p.Translation, LegalReview = (uint)p.LegalReview,
        };
        return true;
    }

    /// <summary>The record of <paramref name="agency"/> these fields were packed from.</summary>
    public readonly ReachRecord Unpack(int agency) => new(agency, AtMs, Hops, From, Channel,
        new DelayVector(Held, Transit, OfficeWait, Queue, Translation, LegalReview), 0);

    private static bool Fits(long value) => value is >= 0 and <= uint.MaxValue;
}
