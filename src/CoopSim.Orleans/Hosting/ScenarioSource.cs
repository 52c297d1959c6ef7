using System.Collections.Concurrent;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Scenarios.Bundles;

namespace CoopSim.Orleans.Hosting;

/// <summary>
/// The client's store of the scenarios it ships (see <see cref="IScenarioSource"/>): files by their content hash, kept
/// once however many points of a study use them, and each point's changes by the hash that names files and changes.
/// </summary>
internal sealed class ScenarioSource : IScenarioSource
{
    private readonly ConcurrentDictionary<string, WireScenarioBundle> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Files, string Changes)> _points = new(StringComparer.Ordinal);

    /// <returns>The hash that names the files with <paramref name="changes"/> (<see cref="ScenarioBundles.HashWith"/>).</returns>
    public string Add(ScenarioBundle bundle, string changes)
    {
        _files.TryAdd(bundle.Hash, WireScenarioBundle.From(bundle));
        var hash = ScenarioBundles.HashWith(bundle.Hash, changes);
        _points.TryAdd(hash, (bundle.Hash, changes));
        return hash;
    }

    /// <summary>A point's files with its changes by the hash of both, or the files as written by their own hash.</summary>
    public Task<WireScenarioBundle?> GetScenarioAsync(string hash) =>
        Task.FromResult(_points.TryGetValue(hash, out var point) && _files.TryGetValue(point.Files, out var files) ? files with { Changes = point.Changes }
            : _files.GetValueOrDefault(hash));
}
