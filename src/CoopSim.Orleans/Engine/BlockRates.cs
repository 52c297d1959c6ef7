using System.Collections.Concurrent;

namespace CoopSim.Orleans.Engine;

/// <summary>
/// What blocks of a scenario last cost (<see cref="BlockCost"/>), kept by an engine across its runs, so that a study's
/// next point cuts its blocks by what the last one measured instead of starting again from small guesses: a
/// sensitivity point of 50 runs was cut into a dozen blocks of 3 to 25, each a grain call and a saved fold. Costs
/// only cut the work; they never change a result.
/// </summary>
internal sealed class BlockRates
{
    private readonly ConcurrentDictionary<string, BlockCost> _costs = new(StringComparer.Ordinal);

    /// <summary>The last cost measured for <paramref name="scenario"/>, or <see cref="BlockCost.Unknown"/>.</summary>
    public BlockCost Of(string scenario) => _costs.GetValueOrDefault(scenario, BlockCost.Unknown);

    public void Remember(string scenario, BlockCost cost)
    {
        if (cost.Rate > 0) _costs[scenario] = cost;
    }
}
