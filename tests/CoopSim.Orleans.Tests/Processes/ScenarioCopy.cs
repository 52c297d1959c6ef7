namespace CoopSim.Orleans.Tests.Processes;

/// <summary>A copy of the seed world and one scenario in a temporary folder that only the client is told about.</summary>
internal sealed class ScenarioCopy : IDisposable
{
    public ScenarioCopy(string scenario)
    {
        Folder = Directory.CreateTempSubdirectory("coopsim-client-").FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "scenarios"));
        File.Copy(RepoPaths.Scenario(scenario), Path.Combine(Folder, "scenarios", scenario));
        Directory.CreateDirectory(Path.Combine(Folder, "seeds"));
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*.yaml")) File.Copy(file, Path.Combine(Folder, "seeds", Path.GetFileName(file)));
        ScenarioPath = Path.Combine("scenarios", scenario);
    }

    public string Folder { get; }

    /// <summary>Relative to <see cref="Folder"/>, as a user in that folder would type it.</summary>
    public string ScenarioPath { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
