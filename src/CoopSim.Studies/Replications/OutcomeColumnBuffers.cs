namespace CoopSim.Studies.Replications;

/// <summary>
/// A Parquet block's columns, kept from block to block: arrays of 2^16 cells live on the large-object heap, and
/// new ones per block left the heap growing with the replications until a full collection.
/// </summary>
internal sealed class OutcomeColumnBuffers
{
    public int[] Replication { get; private set; } = [];
    public string?[] Kind { get; private set; } = [];
    public string?[] Alert { get; private set; } = [];
    public string?[] Agency { get; private set; } = [];
    public string?[] Country { get; private set; } = [];
    public bool?[] Reached { get; private set; } = [];
    public double?[] Arrival { get; private set; } = [];
    public double?[] Act { get; private set; } = [];
    public int?[] Hops { get; private set; } = [];
    public string?[] PathAgencies { get; private set; } = [];
    public string?[] PathChannels { get; private set; } = [];
    public string?[] Subject { get; private set; } = [];
    public int?[] Stop { get; private set; } = [];
    public double?[] Arrives { get; private set; } = [];
    public bool?[] Blocked { get; private set; } = [];
    public double?[] Lead { get; private set; } = [];
    public bool?[] Intercepted { get; private set; } = [];

    /// <summary>Room for <paramref name="rows"/> rows (a block can exceed its nominal size by one replication's rows).</summary>
    public OutcomeColumnBuffers Fit(int rows)
    {
        if (Replication.Length >= rows) return this;
        Replication = new int[rows];
        Kind = new string?[rows];
        Alert = new string?[rows];
        Agency = new string?[rows];
        Country = new string?[rows];
        Reached = new bool?[rows];
        Arrival = new double?[rows];
        Act = new double?[rows];
        Hops = new int?[rows];
        PathAgencies = new string?[rows];
        PathChannels = new string?[rows];
        Subject = new string?[rows];
        Stop = new int?[rows];
        Arrives = new double?[rows];
        Blocked = new bool?[rows];
        Lead = new double?[rows];
        Intercepted = new bool?[rows];
        return this;
    }

    /// <summary>Row <paramref name="i"/> all null, as the block before may have left it.</summary>
    public void Clear(int i)
    {
        Kind[i] = Alert[i] = Agency[i] = Country[i] = PathAgencies[i] = PathChannels[i] = Subject[i] = null;
        Reached[i] = Blocked[i] = Intercepted[i] = null;
        Arrival[i] = Act[i] = Arrives[i] = Lead[i] = null;
        Hops[i] = Stop[i] = null;
    }
}
