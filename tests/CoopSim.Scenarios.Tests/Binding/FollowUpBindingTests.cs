using CoopSim.Model.Scenario;
using CoopSim.Model.World;

namespace CoopSim.Scenarios.Tests.Binding;

/// <summary>docs/model.md, "Channel": <c>follow-up: {after, tries}</c> on a channel, and its errors.</summary>
public sealed class FollowUpBindingTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private LoadResult<ScenarioModel> Load(string followUp) =>
        ScenarioLoader.Load(_files.WriteGoodWith($"changes:\n  alter-channels:\n    - {{id: kr-vn-desk, follow-up: {followUp}}}\n"));

    private static Channel Desk(LoadResult<ScenarioModel> result)
    {
        Assert.Empty(result.Diagnostics);
        return result.Value!.World.Channels.Single(c => c.Id == "kr-vn-desk");
    }

    [Fact]
    public void Load_FollowUp_IsTheChannelsDelayAndTries()
    {
        Assert.Equal(new FollowUp(Model.Duration.FromHours(4), 2), Desk(Load("{after: 4h, tries: 2}")).FollowUp);
    }

    [Fact]
    public void Load_WithoutFollowUp_ChannelHasNone()
    {
        Assert.Null(Desk(ScenarioLoader.Load(_files.WriteGoodWith(""))).FollowUp);
    }

    [Fact]
    public void Load_FollowUpNoneAfterOne_RemovesIt()
    {
        var result = ScenarioLoader.Load(_files.WriteGoodWith(
            "changes:\n  alter-channels:\n    - {id: kr-vn-desk, follow-up: {after: 4h, tries: 2}}\n    - {id: kr-vn-desk, follow-up: none}\n"));

        Assert.Null(Desk(result).FollowUp);
    }

    [Theory]
    [InlineData("{after: 0s, tries: 2}", "a follow-up's 'after' must be above zero")]
    [InlineData("{after: 1h, tries: 0}", "tries is how many times the sender sends again: a whole number from 1 to 100")]
    [InlineData("{after: 1h, tries: 1.5}", "tries is how many times the sender sends again: a whole number from 1 to 100")]
    [InlineData("{after: 1h}", "missing required key 'tries'")]
    [InlineData("{after: 1h, tries: 2, every: 3h}", "unknown key 'every' in a follow-up")]
    public void Load_BadFollowUp_IsOneErrorAtIt(string followUp, string message)
    {
        var result = Load(followUp);

        var d = Assert.Single(result.Diagnostics);
        Assert.Matches(@"^.*s\.yaml\(11,\d+\): error: ", d.ToString());
        Assert.Contains(message, d.ToString(), StringComparison.Ordinal);
        Assert.Null(result.Value);
    }
}
