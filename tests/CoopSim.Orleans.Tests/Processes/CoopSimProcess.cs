using CoopSim.Bench.LocalCluster;

namespace CoopSim.Orleans.Tests.Processes;

/// <summary>Starts the built <c>coopsim</c> command line as its own process, as a user or an operator would.</summary>
internal static class CoopSimProcess
{
    /// <summary>The CLI this test project was built beside (the project reference builds it first).</summary>
    public static string Dll { get; } = FindDll();

    public static CoopSimCommand Command { get; } = CoopSimCommand.ForDll(Dll);

    public static ChildProcess Start(string workingDirectory, params string[] arguments) => Command.Start(workingDirectory, arguments);

    private static string FindDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepoPaths.Root, "src", "CoopSim.Cli", "bin", configuration, "net10.0", "coopsim.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/CoopSim.Cli first", path);
    }
}
