using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>What <see cref="AlertRegrouper"/> hands each alert's records to (a struct, so that the call is inlined and nothing is allocated).</summary>
internal interface IAlertRecordsVisitor
{
    /// <summary>
    /// <paramref name="records"/>: the alert's records in agency order, in a buffer reused for the next alert; the
    /// visitor may change them in place.
    /// </summary>
    void Visit(int alert, Span<ReachRecord> records);
}
