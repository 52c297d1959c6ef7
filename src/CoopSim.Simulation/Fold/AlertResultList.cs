using System.Collections;

using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// A run's alert results, each summarised from its accumulators when read and not kept: a writer streaming a
/// large world's result holds one alert's summary at a time, not millions of pair summaries at once. Reading
/// an alert twice summarises it twice, to the same value.
/// </summary>
internal sealed class AlertResultList(AlertFold[] folds, int replications) : IReadOnlyList<AlertResult>
{
    public int Count => folds.Length;

    public AlertResult this[int index] => folds[index].Finish(replications, lazyAgencies: true);

    public IEnumerator<AlertResult> GetEnumerator()
    {
        for (var i = 0; i < folds.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
