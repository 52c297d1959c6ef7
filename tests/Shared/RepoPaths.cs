namespace CoopSim.Tests.Shared;

/// <summary>Finds the repository's folders from a test's output directory, so tests read the real seeds and scenarios.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string Scenario(string name) => Path.Combine(Scenarios, name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoopSim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CoopSim.sln not found above " + AppContext.BaseDirectory);
    }
}
