using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Interception": a block must be in place strictly before the subject lands.</summary>
public sealed class InterceptionRulesTests
{
    [Theory]
    [InlineData(0, 0)]     // the border can act at 3 h, exactly when the subject lands: too late
    [InlineData(1, 1)]     // the subject lands 1 ms later: stopped
    public void Interception_BlockInPlaceAtTheLandingInstant_IsTooLate(int msAfter, int intercepted)
    {
        var world = new TestWorld().Country("AA").Country("BB")
            .Agency("origin", "AA").Agency("border", "BB", capabilities: Capability.BlockEntry)
            .Channel("c", "origin", "border", TestWorld.Fixed(Hour * 3))
            .Alert("B", "origin", subject: "s", kind: AlertKind.EntryBlock)
            .Subject("s", new ItineraryStop("BB", Hour * 3 + new Duration(msAfter)));
        var subject = Result(world.Build()).Subjects.Single();

        Assert.Equal(intercepted, subject.Intercepted.Successes);
    }

    [Fact]
    public void Interception_AgencyWithoutBlockEntry_DoesNotStopTheSubject()
    {
        var world = new TestWorld().Country("AA").Country("BB")
            .Agency("origin", "AA").Agency("police", "BB")
            .Channel("c", "origin", "police", TestWorld.Fixed(Hour))
            .Alert("B", "origin", subject: "s", kind: AlertKind.EntryBlock)
            .Subject("s", new ItineraryStop("BB", Hour * 3));

        Assert.Equal(0, Result(world.Build()).Subjects.Single().Intercepted.Successes);
    }
}
