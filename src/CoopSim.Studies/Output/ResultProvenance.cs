using System.Security.Cryptography;
using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Bundles;

namespace CoopSim.Studies.Output;

/// <summary>
/// What a result file says about where it came from: the tool and its version, and SHA-256 content hashes of the
/// scenario file and of the world it loaded (its files' bytes one after the other, in path order; for a world of
/// one file, what <c>sha256sum FILE</c> prints). A hash is null when its files cannot be read (a scenario built in
/// memory). Two results with the same hashes, seed and replications are the same run.
/// </summary>
public sealed record ResultProvenance(string Tool, string? ScenarioSha256, string? WorldSha256)
{
    public static ResultProvenance Of(ScenarioModel scenario, string tool)
    {
        var path = scenario.SourcePath;
        string? scenarioHash = null, worldHash = null;
        try
        {
            if (File.Exists(path)) scenarioHash = Hash([path]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            scenarioHash = null;
        }

        try
        {
            if (File.Exists(path))
                worldHash = Hash(ScenarioBundles.WorldFilesOf(path).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToArray());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException)
        {
            worldHash = null;
        }

        return new ResultProvenance(tool, scenarioHash, worldHash);
    }

    private static string Hash(IReadOnlyList<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files) hash.AppendData(File.ReadAllBytes(file));
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }
}
