using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests.Fuzz;

/// <summary>
/// A copy of the shipped scenarios/ and seeds/ in a temporary folder (scenarios name their world as ../seeds), so a
/// case can damage one file and put it back without touching the repository.
/// </summary>
public sealed class FuzzWorkspace : IDisposable
{
    public FuzzWorkspace()
    {
        foreach (var folder in new[] { "scenarios", "seeds" })
        {
            Directory.CreateDirectory(System.IO.Path.Combine(Path, folder));
            foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepoPaths.Root, folder), "*.yaml"))
                File.Copy(file, System.IO.Path.Combine(Path, folder, System.IO.Path.GetFileName(file)));
        }

        Scenarios = Directory.GetFiles(System.IO.Path.Combine(Path, "scenarios"), "*.yaml").Order(StringComparer.Ordinal).ToArray();
        WorldFiles = Directory.GetFiles(System.IO.Path.Combine(Path, "seeds"), "*.yaml").Order(StringComparer.Ordinal).ToArray();
        Files = [.. Scenarios, .. WorldFiles];
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("coopsim-fuzz-").FullName;

    public IReadOnlyList<string> Scenarios { get; }

    public IReadOnlyList<string> WorldFiles { get; }

    /// <summary>Scenarios first, then world files: what <see cref="FuzzCase.Target"/> indexes.</summary>
    public IReadOnlyList<string> Files { get; }

    public bool IsScenario(int target) => target < Scenarios.Count;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
