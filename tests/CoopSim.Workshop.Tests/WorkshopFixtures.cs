using CoopSim.Model.Scenario;
using CoopSim.Scenarios;
using CoopSim.Tests.Shared;

namespace CoopSim.Workshop.Tests;

/// <summary>The Korea Desk wanted-person scenario from scenarios/, as a live timeline.</summary>
internal static class WorkshopFixtures
{
    public static SimulatedTimeline Timeline() => Timeline(s => s);

    /// <summary>The scenario changed in memory first (an outage added, say).</summary>
    public static SimulatedTimeline Timeline(Func<ScenarioModel, ScenarioModel> change)
    {
        var loaded = ScenarioLoader.Load(Path.Combine(RepoPaths.Root, "scenarios", "korea-desk-wanted.yaml"));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var scenario = change(loaded.Value!);
        return new SimulatedTimeline(scenario, scenario.Run.Seed);
    }

    public static TimelineHop FirstChannelUsedLater(SimulatedTimeline timeline) =>
        timeline.Hops.Where(h => h.Outcome == "delivered" && h.SentMs > 0).OrderBy(h => h.SentMs).First();

    /// <summary>For each agency reached, the hop that reached it first.</summary>
    public static Dictionary<string, TimelineHop> FirstDeliveries(SimulatedTimeline timeline) =>
        timeline.Hops.Where(h => h.Outcome == "delivered").GroupBy(h => h.To).ToDictionary(g => g.Key, g => g.MinBy(h => h.ActMs)!, StringComparer.Ordinal);
}
