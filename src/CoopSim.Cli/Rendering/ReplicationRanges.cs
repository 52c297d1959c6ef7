namespace CoopSim.Cli.Rendering;

/// <summary>Replication numbers as short ranges ("replications 0–19, 40"), for saying which a trace holds.</summary>
internal static class ReplicationRanges
{
    public static string Of(IReadOnlyCollection<int> replications)
    {
        if (replications.Count == 0) return "no replications";
        var parts = new List<string>();
        var sorted = replications.Order().ToArray();
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j + 1 < sorted.Length && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(j == i ? $"{sorted[i]}" : $"{sorted[i]}–{sorted[j]}");
            i = j + 1;
        }

        // A file of thousands of scattered replications stays one line.
        var shown = parts.Count > 12 ? string.Join(", ", parts.Take(12)) + $", … ({replications.Count:N0} in all)" : string.Join(", ", parts);
        return (replications.Count == 1 ? "replication " : "replications ") + shown;
    }
}
