using CoopSim.Simulation.Results;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// The sketches of a pair observed more than once (or once with a value past 32 bits): bounded per pair by
/// <see cref="ValueSketch"/>, and counted paths once a second replication reaches the pair.
/// </summary>
internal sealed class PairSpill
{
    public ValueSketch TimeMs;
    public ValueSketch ArrivalMs;
    public ValueSketch Hops;
    public DelayVector PathDelays;
    public Dictionary<int, int>? PathCounts;

    public int Count { get; private set; }

    public void Add(long timeMs, long arrivalMs, int hops, in DelayVector path)
    {
        TimeMs.Add(timeMs);
        ArrivalMs.Add(arrivalMs);
        Hops.Add(hops);
        PathDelays += path;
        Count++;
    }

    /// <summary>Puts loose observations into the histograms (<see cref="ValueSketch.Compact"/>).</summary>
    public void Compact()
    {
        TimeMs.Compact();
        ArrivalMs.Compact();
        Hops.Compact();
    }

    public void Write(BinaryWriter writer)
    {
        TimeMs.Write(writer);
        ArrivalMs.Write(writer);
        Hops.Write(writer);
        writer.WriteDelays(PathDelays);
        writer.Write(Count);
        writer.Write(PathCounts is not null);
        if (PathCounts is not null) writer.WriteCounts(PathCounts);
    }

    public static PairSpill Read(BinaryReader reader)
    {
        var spill = new PairSpill
        {
            TimeMs = ValueSketch.Read(reader),
            ArrivalMs = ValueSketch.Read(reader),
            Hops = ValueSketch.Read(reader),
            PathDelays = reader.ReadDelays(),
            Count = reader.ReadInt32(),
        };
        if (reader.ReadBoolean()) reader.ReadCountsInto(spill.PathCounts = []);
        return spill;
    }

    /// <summary>Takes in every observation of <paramref name="other"/>, whose path counts are already in this one's numbering.</summary>
    public void Merge(PairSpill other)
    {
        TimeMs.Merge(ref other.TimeMs);
        ArrivalMs.Merge(ref other.ArrivalMs);
        Hops.Merge(ref other.Hops);
        PathDelays += other.PathDelays;
        Count += other.Count;
    }
}
