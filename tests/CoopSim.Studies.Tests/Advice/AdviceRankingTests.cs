using CoopSim.Model.Scenario;
using CoopSim.Scenarios;
using CoopSim.Scenarios.Advice;
using CoopSim.Studies.Advice;

namespace CoopSim.Studies.Tests.Advice;

public sealed class AdviceRankingTests
{
    private static CandidateGain G(string id, double? cost, double gain) =>
        new(new Candidate(id, id, cost, null, new ChangeSet("x", new YamlDotNet.RepresentationModel.YamlMappingNode()), new SourceLocation("x", 1, 1)),
            new Gain(0, gain, gain, gain - 0.01, gain + 0.01));

    [Fact]
    public void Rank_PerCost_DividesTheGainByTheCostAndPutsCandidatesWithoutACostLast()
    {
        var ranked = AdviceRunner.Rank([G("big", 5, 0.5), G("cheap", 1, 0.3), G("free", 0, 0.01), G("unpriced", null, 0.9)], AdviceRanking.GainPerCost);

        Assert.Equal(["free", "cheap", "big", "unpriced"], ranked.Select(r => r.Candidate.Id));
    }

    [Fact]
    public void Rank_Gain_IgnoresTheCost()
    {
        var ranked = AdviceRunner.Rank([G("big", 5, 0.5), G("cheap", 1, 0.3), G("unpriced", null, 0.9)], AdviceRanking.Gain);

        Assert.Equal(["unpriced", "big", "cheap"], ranked.Select(r => r.Candidate.Id));
    }
}
