using CoopSim.Simulation.Distributed;
using CoopSim.Tests.Shared;

namespace CoopSim.Simulation.Tests.Distributed;

public sealed class DueScheduleTests
{
    [Fact]
    public void Clear_AfterPartOfAReplication_OpensTheSameWindowsAsANewSchedule()
    {
        var plan = StarterPlan();
        var fresh = new DueSchedule(plan.IncomingLookaheadMs);
        var expected = Windows(fresh, plan);

        var reused = new DueSchedule(plan.IncomingLookaheadMs);
        foreach (var message in plan.IssueMessages()) reused.Post(message);
        reused.Lower(plan.AgencyCount - 1, 1);
        Assert.True(reused.TryNextWindow([]));
        reused.Clear();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Windows(reused, plan));
    }

    [Fact]
    public void Return_AnInboxItsAgencyTookIn_IsEmptiedAndHoldsTheNextMessagesPosted()
    {
        var plan = StarterPlan();
        var schedule = new DueSchedule(plan.IncomingLookaheadMs);
        var issue = plan.IssueMessages()[0];
        schedule.Post(issue);
        var taken = schedule.TakeInbox(issue.Recipient);
        Assert.Equal([issue], taken);

        schedule.Return(taken);
        Assert.Empty(taken);
        schedule.Post(issue);
        var again = schedule.TakeInbox(issue.Recipient);

        Assert.Same(taken, again);
        Assert.Equal([issue], again);
    }

    private static SimulationPlan StarterPlan() =>
        SimulationPlan.Compile(Scenarios.ScenarioLoader.Load(RepoPaths.Scenario("korea-desk-wanted.yaml")).Value!);

    /// <summary>Every window the alerts' issue messages open, with who steps and what each takes in.</summary>
    private static List<string> Windows(DueSchedule schedule, SimulationPlan plan)
    {
        foreach (var message in plan.IssueMessages()) schedule.Post(message);
        var windows = new List<string>();
        var stepping = new List<(int Agency, long End)>();
        while (schedule.TryNextWindow(stepping))
            foreach (var (agency, end) in stepping)
                windows.Add($"{agency} until {end}: {string.Join(", ", schedule.TakeInbox(agency).Select(m => m.Key))}");
        return windows;
    }
}
