using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Scope": who may pass an alert to whom.</summary>
public sealed class ScopeRulesTests
{
    [Fact]
    public void Scope_InsideTheOriginCountry_AlertMovesFreely()
    {
        var world = new TestWorld().Country("AA").Country("BB").Agency("a", "AA").Agency("a2", "AA").Agency("b", "BB")
            .Channel("aa2", "a", "a2", TestWorld.Fixed(Hour)).Channel("ab", "a", "b", TestWorld.Fixed(Hour))
            .Alert("A", "a", scope: ["BB"]);
        var result = Result(world.Build());

        Assert.Equal(3600.0, ActsAtS(result, "a2"));
        Assert.Equal(3600.0, ActsAtS(result, "b"));
    }

    [Fact]
    public void Scope_AgencyAbroad_NeverSendsBackIntoTheOriginCountry()
    {
        var world = new TestWorld().Country("AA").Country("BB").Agency("a", "AA").Agency("a2", "AA").Agency("b", "BB")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Channel("ba2", "b", "a2", TestWorld.Fixed(Hour))
            .Alert("A", "a", scope: ["BB"]).Alert("G", "a");
        var result = Result(world.Build());

        Assert.Null(Agency(result, "a2", 0));
        // With the origin's country in scope (here: a global alert) it may.
        Assert.Equal(7200.0, ActsAtS(result, "a2", 1));
    }

    [Fact]
    public void Scope_InternationalNode_FollowsOneRuleWhereverHosted()
    {
        // Two international nodes, one hosted in the origin's country AA and one in CC: both are reached whatever the
        // scope, both pass the alert into the scope (BB), and neither passes it to an AA or CC agency outside it.
        var world = new TestWorld().Country("AA").Country("BB").Country("CC")
            .Agency("a", "AA").Agency("a2", "AA").Agency("b", "BB").Agency("c", "CC")
            .Agency("home", "AA", international: true).Agency("abroad", "CC", international: true)
            .Channel("ah", "a", "home", TestWorld.Fixed(Hour)).Channel("aa", "a", "abroad", TestWorld.Fixed(Hour))
            .Channel("ha2", "home", "a2", TestWorld.Fixed(Hour)).Channel("hc", "home", "c", TestWorld.Fixed(Hour)).Channel("hb", "home", "b", TestWorld.Fixed(Hour))
            .Channel("xa2", "abroad", "a2", TestWorld.Fixed(Hour)).Channel("xc", "abroad", "c", TestWorld.Fixed(Hour))
            .Alert("A", "a", scope: ["BB"]);
        var result = Result(world.Build());

        Assert.Equal(3600.0, ActsAtS(result, "home"));
        Assert.Equal(3600.0, ActsAtS(result, "abroad"));
        Assert.Equal(7200.0, ActsAtS(result, "b"));
        Assert.Null(Agency(result, "a2"));
        Assert.Null(Agency(result, "c"));
        Assert.Equal(0.0, Channel(result, "ha2").Messages + Channel(result, "xa2").Messages + Channel(result, "hc").Messages + Channel(result, "xc").Messages);
    }

    [Fact]
    public void Counting_InternationalNodes_CountAsAgenciesButNoCountry()
    {
        var world = new TestWorld().Country("AA").Country("BB").Agency("a", "AA").Agency("hub", "BB", international: true).Agency("b", "BB")
            .Channel("ah", "a", "hub", TestWorld.Fixed(Hour)).Channel("hb", "hub", "b", TestWorld.Fixed(Hour))
            .Alert("A", "a", scope: ["BB"]);
        var alert = Result(world.Build()).Alerts[0];

        Assert.Equal(3.0, alert.AgenciesReached.Mean);
        Assert.Equal(2.0, alert.CountriesReached.Mean);
        Assert.Equal(7200.0, alert.Countries.Single(c => c.Country == "BB").TimeToReach.Mean);
    }
}
