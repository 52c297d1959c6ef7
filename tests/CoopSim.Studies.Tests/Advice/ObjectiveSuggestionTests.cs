using CoopSim.Scenarios;
using CoopSim.Studies.Advice;
using CoopSim.Tests.Shared;

namespace CoopSim.Studies.Tests.Advice;

/// <summary>An objective written a little wrong is answered with what was meant, not only with the grammar.</summary>
public sealed class ObjectiveSuggestionTests
{
    private static readonly Model.Scenario.ScenarioModel Scenario = ScenarioLoader.Load(RepoPaths.Scenario("uz-entry-block.yaml")).Value!;

    [Theory]
    [InlineData("reach:EB-1/Korea", "did you mean 'KR'?")]
    [InlineData("p50:Korea", "did you mean 'KR'?")]
    [InlineData("reach:EB-1/kr.imigration", "did you mean 'kr.immigration'?")]
    [InlineData("intercepton:suspect", "did you mean 'interception'?")]
    [InlineData("interception:suspekt", "did you mean 'suspect'?")]
    [InlineData("reach:EB1/KR", "did you mean 'EB-1'?")]
    public void TryParse_NearMiss_SaysWhatWasMeant(string text, string suggestion)
    {
        Assert.False(Objective.TryParse(text, Scenario, out _, out var error));
        Assert.Contains(suggestion, error);
    }

    [Fact]
    public void TryParse_CountryCode_IsAccepted()
    {
        Assert.True(Objective.TryParse("reach:EB-1/KR", Scenario, out var objective, out _));
        Assert.False(objective!.TargetIsAgency);
    }
}
