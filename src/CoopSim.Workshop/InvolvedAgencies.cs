namespace CoopSim.Workshop;

/// <summary>
/// The agencies the presenter view names on its map: those the run's messages pass through, the ends of the
/// scenario's outages and cuts, and the question's agency. The rest stay as unlabelled dots, so that the labels that
/// matter can be large enough for the back of a room.
/// </summary>
internal static class InvolvedAgencies
{
    public static IReadOnlyList<string> Of(ITimelineSource source, IEnumerable<string> cutChannels)
    {
        var channels = source.Scenario.Outages.Select(o => o.Channel).Concat(cutChannels).ToHashSet(StringComparer.Ordinal);
        var ids = source.Hops.SelectMany(h => new[] { h.From, h.To })
            .Concat(source.World.Channels.Where(c => channels.Contains(c.Id)).SelectMany(c => new[] { c.From, c.To }))
            .Concat(source.Scenario.Target?.Agency is { } agency ? [agency] : []);
        var known = source.World.Agencies.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return ids.Where(known.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }
}
