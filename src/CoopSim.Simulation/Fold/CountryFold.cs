using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Fold;

/// <summary>One alert's reach of one country so far: time to its first agency, and which agency was first how often.</summary>
internal sealed class CountryFold
{
    public ValueSketch TimeMs;

    public Dictionary<int, int> FirstAgency { get; } = new();

    public void Write(BinaryWriter writer)
    {
        TimeMs.Write(writer);
        writer.WriteCounts(FirstAgency);
    }

    public static CountryFold Read(BinaryReader reader)
    {
        var fold = new CountryFold { TimeMs = ValueSketch.Read(reader) };
        reader.ReadCountsInto(fold.FirstAgency);
        return fold;
    }
}
