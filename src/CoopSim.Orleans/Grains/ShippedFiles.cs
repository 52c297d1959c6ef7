using CoopSim.Model.Scenario;
using CoopSim.Orleans.Abstractions;
using CoopSim.Scenarios;
using CoopSim.Scenarios.Bundles;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// A scenario's files as a client shipped them to this silo, kept by their hash with the scenario they load to, so
/// that a study's points (the same files, other changes) cost a silo only their changes and a compile: fetching,
/// writing and parsing the files took about 100 of the 160 ms a sensitivity point of 50 runs cost a silo on half a
/// core (7 Dec 2026).
/// </summary>
internal sealed class ShippedFiles
{
    private static readonly KeptByHash<ShippedFiles> ByHash = new(kept: 8);

    private readonly WireScenarioBundle _files;
    private readonly Lazy<ScenarioModel> _asWritten;

    private ShippedFiles(WireScenarioBundle files)
    {
        _files = files;
        _asWritten = new Lazy<ScenarioModel>(() => Load(ScenarioChanges.None));
    }

    /// <summary>The files of <paramref name="run"/>, fetched from its client the first time this silo needs them.</summary>
    public static Task<ShippedFiles> GetAsync(RunSpec run) => ByHash.GetAsync(run.FilesHash, () => FetchAsync(run));

    /// <summary>
    /// The scenario with <paramref name="changes"/> made as the client made them: to the scenario as written (loaded once),
    /// or, for <c>changes:</c> blocks, which apply only as files load, by loading the files again with them.
    /// </summary>
    public ScenarioModel With(ScenarioChanges changes) => changes.Blocks.Count > 0 ? Load(changes) : changes.ApplyTo(_asWritten.Value);

    private static async Task<ShippedFiles> FetchAsync(RunSpec run)
    {
        var wire = await run.Source!.GetScenarioAsync(run.FilesHash)
            ?? throw new InvalidOperationException($"run {run.RunId}: the client has no scenario files with hash {run.FilesHash}");
        if (!string.Equals(wire.Hash, run.FilesHash, StringComparison.Ordinal))
            throw new InvalidOperationException($"run {run.RunId}: the client's files do not match hash {run.FilesHash}");
        return new ShippedFiles(wire);
    }

    private ScenarioModel Load(ScenarioChanges changes)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"coopsim-silo-{Environment.ProcessId}-{_files.Hash[..16]}-{Guid.NewGuid():N}");
        try
        {
            var loaded = changes.Load(ScenarioBundles.Materialize(_files.ToBundle(), folder));
            if (!loaded.Succeeded) throw new InvalidOperationException($"the shipped scenario does not load on this silo: {loaded.Diagnostics[0]}");
            return loaded.Value!;
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
