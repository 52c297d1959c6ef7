using System.Collections.Concurrent;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Scenarios.Bundles;

namespace CoopSim.Orleans.Hosting;

/// <summary>The client's store of the scenario files it ships, by content hash (see <see cref="IScenarioSource"/>).</summary>
internal sealed class ScenarioSource : IScenarioSource
{
    private readonly ConcurrentDictionary<string, WireScenarioBundle> _bundles = new(StringComparer.Ordinal);

    public void Add(ScenarioBundle bundle) => _bundles.TryAdd(bundle.Hash, WireScenarioBundle.From(bundle));

    public Task<WireScenarioBundle?> GetScenarioAsync(string hash) => Task.FromResult(_bundles.GetValueOrDefault(hash));
}
