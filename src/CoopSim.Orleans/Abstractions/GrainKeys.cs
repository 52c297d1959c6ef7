using System.Globalization;

namespace CoopSim.Orleans.Abstractions;

/// <summary>How grains of one run are named, so that two runs on one cluster never share an activation.</summary>
internal static class GrainKeys
{
    /// <summary>
    /// An agency of one replication slot: replications run on the slots side by side, each slot's agency
    /// grains holding one replication at a time.
    /// </summary>
    public static string Agency(string runId, int slot, int agency) => string.Create(CultureInfo.InvariantCulture, $"{runId}/{slot}/{agency}");

    public static string Coordinator(string runId, int slot) => string.Create(CultureInfo.InvariantCulture, $"{runId}/{slot}");

    public static string ReplicationSlot(string runId, int slot) => string.Create(CultureInfo.InvariantCulture, $"{runId}/slot{slot}");

    /// <summary>The slot of a coordinator (<c>run/slot</c>) or replication worker (<c>run/slotN</c>) key; 0 for any other key.</summary>
    public static int SlotOf(string key)
    {
        var slash = key.LastIndexOf('/');
        var tail = slash < 0 ? key.AsSpan() : key.AsSpan(slash + 1);
        if (tail.StartsWith("slot", StringComparison.Ordinal)) tail = tail[4..];
        return int.TryParse(tail, NumberStyles.None, CultureInfo.InvariantCulture, out var slot) ? slot : 0;
    }

    public static int AgencyIndex(string key)
    {
        var slash = key.LastIndexOf('/');
        if (slash < 0 || !int.TryParse(key.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var agency))
            throw new ArgumentException($"'{key}' is not an agency grain key (run/slot/agency)", nameof(key));
        return agency;
    }
}
