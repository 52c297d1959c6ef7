using System.Collections.Concurrent;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Scenarios.Bundles;

namespace CoopSim.Orleans.Hosting;

/// <summary>
/// The client's store of the scenarios it ships (see <see cref="IScenarioSource"/>): files by their content hash, kept
/// once however many points of a study use them (a point's changes travel in its run's spec).
/// </summary>
internal sealed class ScenarioSource : IScenarioSource
{
    private readonly ConcurrentDictionary<string, WireScenarioBundle> _files = new(StringComparer.Ordinal);

    public void Add(ScenarioBundle bundle) => _files.TryAdd(bundle.Hash, WireScenarioBundle.From(bundle));

    public Task<WireScenarioBundle?> GetScenarioAsync(string hash) => Task.FromResult(_files.GetValueOrDefault(hash));
}
