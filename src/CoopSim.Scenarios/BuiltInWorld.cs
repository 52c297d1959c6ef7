namespace CoopSim.Scenarios;

/// <summary>
/// The seed world shipped beside the program (the .NET tool carries seeds/ in its folder). A scenario that
/// names no <c>world:</c> uses <c>../seeds</c> beside itself, as in the repository; when there is none there
/// (a scenario written anywhere else), it uses this one.
/// </summary>
public static class BuiltInWorld
{
    public const string DefaultRelativePath = "../seeds";

    public static string? Folder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
            return Directory.Exists(folder) ? folder : null;
        }
    }

    /// <summary>The world folder for a scenario at <paramref name="scenarioPath"/> that gave <paramref name="written"/> (null: none).</summary>
    public static string Resolve(string scenarioPath, string? written)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(scenarioPath)) ?? ".";
        var path = Path.GetFullPath(Path.Combine(folder, written ?? DefaultRelativePath));
        if (written is null && !Directory.Exists(path) && !File.Exists(path) && Folder is { } shipped) return shipped;
        return path;
    }
}
