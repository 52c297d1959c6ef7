using CoopSim.Model.Scenario;
using CoopSim.Studies.Output;

namespace CoopSim.Studies.Replications;

/// <summary>The replications file of a run (<c>run --replications FILE</c>): its format by the name's extension.</summary>
public static class ReplicationsFile
{
    /// <summary>Whether <paramref name="path"/> names a format this writes (.parquet or .csv).</summary>
    public static bool IsSupported(string path) => IsParquet(path) || Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A probe that writes a run's replications to <paramref name="stream"/> as they are folded; <see cref="ReplicationOutcomes.Complete"/>
    /// ends the file. A Parquet file's footer names the run (format, scenario, seed, replications, tool, content hashes).
    /// </summary>
    public static ReplicationOutcomes Start(string path, Stream stream, ScenarioModel scenario, ulong seed, int replications, ResultProvenance provenance)
    {
        IOutcomeSink sink = IsParquet(path)
            ? ParquetOutcomeSink.Create(stream, Metadata(scenario, seed, replications, provenance))
            : new CsvOutcomeSink(stream);
        return new ReplicationOutcomes(scenario, sink);
    }

    public static IReadOnlyDictionary<string, string> Metadata(ScenarioModel scenario, ulong seed, int replications, ResultProvenance provenance) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["format"] = OutcomeColumns.Format,
            ["tool"] = provenance.Tool,
            ["scenario"] = scenario.Name,
            ["scenario_sha256"] = provenance.ScenarioSha256 ?? "",
            ["world_sha256"] = provenance.WorldSha256 ?? "",
            ["seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["replications"] = replications.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

    private static bool IsParquet(string path) => Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase);
}
