namespace CoopSim.Bench.LocalCluster;

/// <summary>How to start the <c>coopsim</c> command line as a process: its apphost, or <c>dotnet coopsim.dll</c>.</summary>
public sealed record CoopSimCommand(string FileName, IReadOnlyList<string> Prefix)
{
    /// <summary><c>dotnet PATH</c> for a built <c>coopsim.dll</c>.</summary>
    public static CoopSimCommand ForDll(string dll) => new("dotnet", [dll]);

    /// <summary>The command this process was started as (for <c>coopsim bench-engines</c>, which starts silos of itself).</summary>
    public static CoopSimCommand OfThisProcess(string entryAssemblyPath)
    {
        var process = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(process) == "dotnet" ? ForDll(entryAssemblyPath) : new CoopSimCommand(process, []);
    }

    public ChildProcess Start(string workingDirectory, params string[] arguments) =>
        ChildProcess.Start(FileName, [.. Prefix, .. arguments], workingDirectory);
}
