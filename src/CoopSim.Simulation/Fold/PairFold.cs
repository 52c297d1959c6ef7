using CoopSim.Simulation.Results;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// What the replications so far say about one (alert, agency) pair, as a struct in a flat array. A large world
/// run once reaches millions of pairs exactly once each, so the first observation is kept inline in 32-bit
/// fields (about 56 bytes a pair, no object); the full sketches live in a <see cref="PairSpill"/> created at the
/// second observation (or at the first, if a value does not fit 32 bits). The agency is not stored: the alert's
/// slot lookup maps agencies to slots.
/// </summary>
internal struct PairFold
{
    public uint FirstTimeMs;
    public uint FirstArrivalMs;
    public int FirstHops;
    public uint FirstHeld;
    public uint FirstTransit;
    public uint FirstOfficeWait;
    public uint FirstQueue;
    public uint FirstTranslation;
    public uint FirstLegalReview;
    public int FirstPath;
    public PairSpill? Spill;

    /// <summary>Observations so far: a pair exists once observed, and has a spill once observed twice.</summary>
    public readonly int Count => Spill?.Count ?? 1;

    /// <summary>
    /// Folds one observation (<paramref name="first"/>: the pair's first); the sketches see the same values in the
    /// same order as if they had held every one.
    /// </summary>
    public void Add(bool first, long timeMs, long arrivalMs, int hops, in DelayVector path, int pathNode)
    {
        if (first)
        {
            FirstPath = pathNode;
            if (Fits(timeMs) && Fits(arrivalMs) && Fits(path.Held) && Fits(path.Transit) && Fits(path.OfficeWait)
                && Fits(path.Queue) && Fits(path.Translation) && Fits(path.LegalReview))
            {
                (FirstTimeMs, FirstArrivalMs, FirstHops) = ((uint)timeMs, (uint)arrivalMs, hops);
                (FirstHeld, FirstTransit, FirstOfficeWait) = ((uint)path.Held, (uint)path.Transit, (uint)path.OfficeWait);
                (FirstQueue, FirstTranslation, FirstLegalReview) = ((uint)path.Queue, (uint)path.Translation, (uint)path.LegalReview);
            }
            else
            {
                Spill = new PairSpill();
                Spill.Add(timeMs, arrivalMs, hops, path);
            }

            return;
        }

        if (Spill is null)
        {
            // The second observation: the first joins the sketches ahead of it, as it always would have.
            Spill = new PairSpill();
            Spill.Add(FirstTimeMs, FirstArrivalMs, FirstHops, FirstPathDelays);
        }

        Spill.PathCounts ??= new Dictionary<int, int> { [FirstPath] = 1 };
        Spill.PathCounts[pathNode] = Spill.PathCounts.GetValueOrDefault(pathNode) + 1;
        Spill.Add(timeMs, arrivalMs, hops, path);
    }

    /// <summary>
    /// Takes in the observations of the same pair folded elsewhere (another worker's replications), as if they
    /// had been folded here. <paramref name="nodeOf"/> maps the other fold's path nodes to this alert's.
    /// </summary>
    public void Merge(ref PairFold other, int[] nodeOf)
    {
        if (other.Spill is null)
        {
            Add(false, other.FirstTimeMs, other.FirstArrivalMs, other.FirstHops, other.FirstPathDelays, nodeOf[other.FirstPath]);
            return;
        }

        if (Spill is null)
        {
            Spill = new PairSpill();
            Spill.Add(FirstTimeMs, FirstArrivalMs, FirstHops, FirstPathDelays);
        }

        // Path counts exist from a pair's second observation on; before that its one path is the first.
        var counts = Spill.PathCounts ??= new Dictionary<int, int> { [FirstPath] = 1 };
        if (other.Spill.PathCounts is null)
        {
            var node = nodeOf[other.FirstPath];
            counts[node] = counts.GetValueOrDefault(node) + 1;
        }
        else
        {
            foreach (var (theirs, count) in other.Spill.PathCounts)
            {
                var node = nodeOf[theirs];
                counts[node] = counts.GetValueOrDefault(node) + count;
            }
        }

        Spill.Merge(other.Spill);
    }

    /// <summary>This pair as folded elsewhere, its path nodes renumbered by <paramref name="nodeOf"/>.</summary>
    public static PairFold Renumbered(PairFold other, int[] nodeOf)
    {
        var pair = other;
        pair.FirstPath = nodeOf[other.FirstPath];
        if (other.Spill?.PathCounts is { } counts)
            other.Spill.PathCounts = counts.ToDictionary(p => nodeOf[p.Key], p => p.Value);
        return pair;
    }

    public readonly void Write(BinaryWriter writer)
    {
        foreach (var value in (ReadOnlySpan<uint>)[FirstTimeMs, FirstArrivalMs, FirstHeld, FirstTransit, FirstOfficeWait, FirstQueue, FirstTranslation, FirstLegalReview])
            writer.Write(value);
        writer.Write(FirstHops);
        writer.Write(FirstPath);
        writer.Write(Spill is not null);
        Spill?.Write(writer);
    }

    public static PairFold Read(BinaryReader reader) => new()
    {
        FirstTimeMs = reader.ReadUInt32(),
        FirstArrivalMs = reader.ReadUInt32(),
        FirstHeld = reader.ReadUInt32(),
        FirstTransit = reader.ReadUInt32(),
        FirstOfficeWait = reader.ReadUInt32(),
        FirstQueue = reader.ReadUInt32(),
        FirstTranslation = reader.ReadUInt32(),
        FirstLegalReview = reader.ReadUInt32(),
        FirstHops = reader.ReadInt32(),
        FirstPath = reader.ReadInt32(),
        Spill = reader.ReadBoolean() ? PairSpill.Read(reader) : null,
    };

    /// <summary>Sum of the path delays over the observations.</summary>
    public readonly DelayVector PathDelays => Spill?.PathDelays ?? FirstPathDelays;

    /// <summary>The times to act summed over the observations, in milliseconds (exact).</summary>
    public readonly long TimeSumMs => Spill?.TimeMs.Sum ?? FirstTimeMs;

    // Summarised in place (a sketch sorts and folds its buffer when read), so a second read gives the same value.
    public readonly Summary SummarizeTimeMs(double divisor, int replications) =>
        Spill is null ? One(FirstTimeMs).SummarizeTimes(divisor, replications) : Spill.TimeMs.SummarizeTimes(divisor, replications);

    public readonly Summary SummarizeArrivalMs(double divisor, int replications) =>
        Spill is null ? One(FirstArrivalMs).SummarizeTimes(divisor, replications) : Spill.ArrivalMs.SummarizeTimes(divisor, replications);

    public readonly Summary SummarizeHops(double divisor) => Spill is null ? One(FirstHops).Summarize(divisor) : Spill.Hops.Summarize(divisor);

    private readonly DelayVector FirstPathDelays =>
        new(FirstHeld, FirstTransit, FirstOfficeWait, FirstQueue, FirstTranslation, FirstLegalReview);

    private static bool Fits(long value) => value is >= 0 and <= uint.MaxValue;

    private static ValueSketch One(long value)
    {
        var sketch = new ValueSketch();
        sketch.Add(value);
        return sketch;
    }
}
