namespace CoopSim.Cli.Tests;

/// <summary>A temporary folder deleted with the test (also when it fails).</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("coopsim-cli-").FullName;

    public string this[string name] => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        File.WriteAllText(this[name], text);
        return this[name];
    }

    /// <summary>Temporary files a writer left behind (named .NAME.PID.tmp beside their target).</summary>
    public string[] LeftoverTemporaries() => Directory.GetFiles(Path, ".*.tmp");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
