using CoopSim.Scenarios;
using CoopSim.Studies.Comparisons;
using CoopSim.Tests.Shared;

namespace CoopSim.Studies.Tests.Comparisons;

public sealed class ComparabilityTests
{
    private static Model.Scenario.ScenarioModel Load(string name) => ScenarioLoader.Load(RepoPaths.Scenario(name)).Value!;

    [Fact]
    public void Problem_ScenariosWithNoAlertOrSubjectInCommon_SaysSoAndNamesBoth()
    {
        var problem = Comparability.Problem(Load("korea-desk-wanted.yaml"), Load("uz-entry-block.yaml"));
        Assert.NotNull(problem);
        Assert.Contains("no alert and no subject in common", problem);
        Assert.Contains("base: alert W-1", problem);
        Assert.Contains("what-if: alert EB-1, subject suspect", problem);
    }

    [Fact]
    public void Problem_WhatIfOfTheSameAlert_IsNone() =>
        Assert.Null(Comparability.Problem(Load("korea-desk-wanted.yaml"), Load("korea-desk-wanted-interpol-only.yaml")));
}
