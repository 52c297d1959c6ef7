using CoopSim.Scenarios.Yaml;

namespace CoopSim.Scenarios.Binding;

/// <summary>Checks that every id a file refers to exists in the world, suggesting the nearest one when not.</summary>
internal static class ReferenceChecker
{
    public static void Check(WorldDraft draft, DiagnosticBag diagnostics)
    {
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["country"] = draft.Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal),
            ["agency"] = draft.Agencies.Select(a => a.Id).ToHashSet(StringComparer.Ordinal),
            ["channel"] = draft.Channels.Select(c => c.Id).ToHashSet(StringComparer.Ordinal),
            ["agreement"] = draft.Agreements.Select(a => a.Id).ToHashSet(StringComparer.Ordinal),
            ["region"] = draft.Regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
            ["subject"] = [],
        };
        ids["party"] = ids["agency"].Concat(draft.RemovedAgencies).ToHashSet(StringComparer.Ordinal);
        foreach (var (kind, id, where, _) in draft.References)
        {
            if (ids.TryGetValue(kind, out var known) && !known.Contains(id))
                diagnostics.Error(where, $"unknown {(kind == "party" ? "agency" : kind)} '{id}'{Suggest.DidYouMean(id, known)}");
        }

        foreach (var channel in draft.Channels)
        {
            if (channel.From == channel.To && draft.Locations.TryGetValue(("channel", channel.Id), out var where))
                diagnostics.Error(where, $"channel '{channel.Id}' links agency '{channel.From}' to itself");
        }
    }
}
