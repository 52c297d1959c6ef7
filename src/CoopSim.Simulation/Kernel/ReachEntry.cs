namespace CoopSim.Simulation.Kernel;

/// <summary>A <see cref="ReachList"/> entry: a reach record in 32-bit fields; <see cref="Wide"/> when the record is kept whole on the side.</summary>
internal struct ReachEntry
{
    public int Alert;
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

    /// <summary>Hops are never negative in a compact entry, so -1 marks a record kept whole.</summary>
    public readonly bool Wide => Hops < 0;
}
