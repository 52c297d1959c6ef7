using System.Globalization;

namespace CoopSim.Orleans.Abstractions;

/// <summary>How grains of one run are named, so that two runs on one cluster never share an activation.</summary>
public static class GrainKeys
{
    public static string Agency(string runId, int agency) => string.Create(CultureInfo.InvariantCulture, $"{runId}/{agency}");

    public static string ReplicationSlot(string runId, int slot) => string.Create(CultureInfo.InvariantCulture, $"{runId}/slot{slot}");

    public static int AgencyIndex(string key)
    {
        var slash = key.LastIndexOf('/');
        if (slash < 0 || !int.TryParse(key.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var agency))
            throw new ArgumentException($"'{key}' is not an agency grain key (run/agency)", nameof(key));
        return agency;
    }
}
