namespace CoopSim.Studies.Replications;

/// <summary>Where a replications file's rows go, a block at a time in replication order (Parquet or CSV).</summary>
public interface IOutcomeSink : IDisposable
{
    /// <summary>Rows of whole replications, in order; the sink may write them at once (a Parquet row group).</summary>
    void WriteBlock(IReadOnlyList<OutcomeRow> rows, OutcomeNames names);

    /// <summary>Ends the file (Parquet's footer); nothing is written after.</summary>
    void Complete();
}
