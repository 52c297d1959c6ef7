using System.Collections.Concurrent;

namespace CoopSim.Orleans.Engine;

/// <summary>
/// The rate (replications a second) a silo last ran blocks of a scenario at, kept by an engine across its runs, so that
/// a study's next point cuts its blocks by what the last one measured instead of starting again from small guesses: a
/// sensitivity point of 50 runs was cut into a dozen blocks of 3 to 25, each a grain call and a saved fold. Rates
/// only cut the work; they never change a result.
/// </summary>
internal sealed class BlockRates
{
    private readonly ConcurrentDictionary<string, double> _rates = new(StringComparer.Ordinal);

    /// <summary>The last rate measured for <paramref name="scenario"/>, or 0 when none was.</summary>
    public double Of(string scenario) => _rates.GetValueOrDefault(scenario);

    public void Remember(string scenario, double rate)
    {
        if (rate > 0) _rates[scenario] = rate;
    }
}
