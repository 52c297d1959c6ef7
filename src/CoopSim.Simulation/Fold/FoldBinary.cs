using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>The few shared pieces of a fold's binary form (<see cref="ResultFolder.Save"/>).</summary>
internal static class FoldBinary
{
    public static void WriteDelays(this BinaryWriter writer, in DelayVector d)
    {
        writer.Write(d.Held);
        writer.Write(d.Transit);
        writer.Write(d.OfficeWait);
        writer.Write(d.Queue);
        writer.Write(d.Translation);
        writer.Write(d.LegalReview);
    }

    public static DelayVector ReadDelays(this BinaryReader reader) =>
        new(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());

    public static void WriteCounts(this BinaryWriter writer, Dictionary<int, int> counts)
    {
        writer.Write(counts.Count);
        foreach (var (key, count) in counts)
        {
            writer.Write(key);
            writer.Write(count);
        }
    }

    public static void ReadCountsInto(this BinaryReader reader, Dictionary<int, int> counts)
    {
        var n = reader.ReadInt32();
        for (var i = 0; i < n; i++) counts[reader.ReadInt32()] = reader.ReadInt32();
    }
}
