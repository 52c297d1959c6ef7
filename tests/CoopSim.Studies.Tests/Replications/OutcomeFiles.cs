using System.Diagnostics;
using System.Text.Json;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;
using CoopSim.Studies.Replications;
using Parquet;
using Parquet.Schema;

namespace CoopSim.Studies.Tests.Replications;

/// <summary>Writes replications files from runs and reads them back with Parquet.Net and, independently, with hyparquet under Node.</summary>
internal static class OutcomeFiles
{
    public static readonly ResultProvenance Provenance = new("coopsim test", "s", "w");

    /// <summary>The run and its replications file (Parquet when <paramref name="parquet"/>, else CSV), bytes in hand.</summary>
    public static async Task<(SimulationRun Run, byte[] File)> RunAsync(ScenarioModel scenario, int replications, int workers,
        bool parquet = true, bool keep = false, ulong seed = 7)
    {
        using var stream = new MemoryStream();
        using var outcomes = ReplicationsFile.Start(parquet ? "r.parquet" : "r.csv", stream, scenario, seed, replications, Provenance);
        var run = await new InProcessEngine().RunAsync(scenario, new RunOptions(replications, seed, workers, KeepReplications: keep, Probe: outcomes));
        outcomes.Complete();
        return (run, stream.ToArray());
    }

    /// <summary>Every row as cells in column order (null where Parquet has null), with the footer's metadata and row-group sizes.</summary>
    public static async Task<(IReadOnlyDictionary<string, string> Metadata, IReadOnlyList<long> Groups, IReadOnlyList<object?[]> Rows)> ReadAsync(byte[] file)
    {
        using var stream = new MemoryStream(file);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(OutcomeColumns.Names, fields.Select(f => f.Name));
        var rows = new List<object?[]>();
        var groups = new List<long>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            groups.Add(n);
            var columns = new object?[fields.Length][];
            for (var c = 0; c < fields.Length; c++) columns[c] = await ReadColumnAsync(group, fields[c], n);
            for (var i = 0; i < n; i++) rows.Add(columns.Select(col => col[i]).ToArray());
        }

        return (reader.CustomMetadata, groups, rows);
    }

    private static async Task<object?[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int n)
    {
        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var values = new string?[n];
            await group.ReadAsync(field, values.AsMemory());
            return values;
        }

        var type = System.Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(int) && !field.IsNullable)
        {
            var values = new int[n];
            await group.ReadAsync(field, values.AsMemory());
            return values.Select(v => (object?)v).ToArray();
        }

        if (type == typeof(int)) return await Nullable<int>(group, field, n);
        if (type == typeof(bool)) return await Nullable<bool>(group, field, n);
        if (type == typeof(double)) return await Nullable<double>(group, field, n);
        throw new InvalidOperationException($"unexpected column type {field.ClrType} of {field.Name}");
    }

    private static async Task<object?[]> Nullable<T>(ParquetRowGroupReader group, DataField field, int n) where T : struct
    {
        var values = new T?[n];
        await group.ReadAsync(field, values.AsMemory());
        return values.Select(v => v.HasValue ? (object?)v.Value : null).ToArray();
    }

    /// <summary>The file as hyparquet reads it: the tests' own npm folder, installed by .ci/run (or here when missing).</summary>
    public static JsonDocument ReadWithHyparquet(byte[] file)
    {
        var folder = Path.Combine(CoopSim.Tests.Shared.RepoPaths.Root, "tests", "CoopSim.Studies.Tests", "Replications", "hyparquet");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "hyparquet"))) Run("npm", folder, "ci", "--no-audit", "--no-fund");
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-outcomes-{Guid.NewGuid():N}.parquet");
        try
        {
            File.WriteAllBytes(path, file);
            return JsonDocument.Parse(Run("node", folder, "read-outcomes.mjs", path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Run(string program, string folder, params string[] args)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in two minutes");
        }

        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}: {error.Result}");
        return output;
    }
}
