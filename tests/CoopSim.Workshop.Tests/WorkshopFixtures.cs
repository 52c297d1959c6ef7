using CoopSim.Scenarios;
using CoopSim.Tests.Shared;

namespace CoopSim.Workshop.Tests;

/// <summary>The Korea Desk wanted-person scenario from scenarios/, as a live timeline.</summary>
internal static class WorkshopFixtures
{
    public static SimulatedTimeline Timeline()
    {
        var loaded = ScenarioLoader.Load(Path.Combine(RepoPaths.Root, "scenarios", "korea-desk-wanted.yaml"));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return new SimulatedTimeline(loaded.Value!, loaded.Value!.Run.Seed);
    }

    public static TimelineHop FirstChannelUsedLater(SimulatedTimeline timeline) =>
        timeline.Hops.Where(h => h.Outcome == "delivered" && h.SentMs > 0).OrderBy(h => h.SentMs).First();

    /// <summary>For each agency reached, the hop that reached it first.</summary>
    public static Dictionary<string, TimelineHop> FirstDeliveries(SimulatedTimeline timeline) =>
        timeline.Hops.Where(h => h.Outcome == "delivered").GroupBy(h => h.To).ToDictionary(g => g.Key, g => g.MinBy(h => h.ActMs)!, StringComparer.Ordinal);
}
