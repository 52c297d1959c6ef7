using CoopSim.Simulation.Distributed;
using CoopSim.Tests.Shared;

namespace CoopSim.Simulation.Tests.Distributed;

public sealed class AgencyHostTests
{
    [Fact]
    public void Report_AfterTheOriginSentItsAlert_EndsAtItsLastOutEdgeThatCountedSomething()
    {
        var plan = SimulationPlan.Compile(Scenarios.ScenarioLoader.Load(RepoPaths.Scenario("korea-desk-wanted.yaml")).Value!);
        var issue = plan.IssueMessages()[0];
        var origin = new AgencyHost(plan, issue.Recipient);
        origin.Reset(7, 0, tracing: false);
        origin.Enqueue(issue);
        var sent = origin.RunUntil(long.MaxValue);

        var counters = origin.Report().EdgeCounters;

        Assert.NotEmpty(sent);
        Assert.NotEmpty(counters);
        Assert.False(counters[^1].IsEmpty);
        Assert.True(counters.Count <= plan.OutEdgeRange(issue.Recipient).Count);
    }

    [Fact]
    public void Report_OfAnAgencyThatDidNothing_HasNoCounters()
    {
        var plan = SimulationPlan.Compile(Scenarios.ScenarioLoader.Load(RepoPaths.Scenario("korea-desk-wanted.yaml")).Value!);
        var idle = Enumerable.Range(0, plan.AgencyCount).First(a => plan.OutEdgeRange(a).Count > 0);
        var host = new AgencyHost(plan, idle);
        host.Reset(7, 0, tracing: false);
        host.RunUntil(long.MaxValue);

        Assert.Empty(host.Report().EdgeCounters);
    }
}
