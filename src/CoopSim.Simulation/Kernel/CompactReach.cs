namespace CoopSim.Simulation.Kernel;

/// <summary>
/// A reach record in 32-bit fields (44 bytes instead of 88), as <see cref="GroupedRecords"/> keeps it between
/// regrouping and folding; <see cref="Wide"/> when the record did not fit and is kept whole on the side. The path
/// hash is not stored: records are regrouped before their paths are summed, when it is still 0.
/// </summary>
internal struct CompactReach
{
    public int Agency;
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

    /// <summary>Hops are never negative in a compact record, so -1 marks a record kept whole.</summary>
    public readonly bool Wide => Hops < 0;
}
