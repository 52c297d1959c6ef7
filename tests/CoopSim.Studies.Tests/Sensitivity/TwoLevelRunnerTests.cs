using CoopSim.Model.Scenario;
using CoopSim.Scenarios;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Sensitivity;

namespace CoopSim.Studies.Tests.Sensitivity;

public sealed class TwoLevelRunnerTests
{
    private static async Task<TwoLevelResult> Run(string path, string range, int points = 12, int replications = 100)
    {
        var scenario = ScenarioLoader.Load(CoopSim.Tests.Shared.RepoPaths.Scenario("uz-entry-block.yaml")).Value!;
        var where = new SourceLocation("test", 1, 1);
        var model = UncertaintyModel.Resolve(scenario, [new UncertaintySpec(path, range, null, null, null, null, where, where)], (_, m) => throw new InvalidOperationException(m));
        var target = ScenarioAnswerEvaluator.TargetOf(scenario)!;
        var runner = new PointRunner(new InProcessEngine(), scenario, model, TwoLevelRunner.HeadlineShare(scenario, target), new RunOptions(replications, 11), 2);
        return await TwoLevelRunner.RunAsync(runner, target, model, points, replications, 11);
    }

    [Fact]
    public async Task RunAsync_InputTheAnswerCannotDependOn_SpreadIsTheRunsChance()
    {
        // Viet Nam's police–NCB relay is nowhere on the way from Tashkent to Incheon: only the per-setting seeds differ.
        var result = await Run("channels.vn-police-ncb.latency.median", "13h..48h");

        // The points' variance is then binomial noise, p (1 − p) / R, within sampling error of 12 points.
        var binomial = result.Mean * (1 - result.Mean) / result.Replications;
        Assert.InRange(result.SpreadVariance, binomial * 0.3, binomial * 2.5);
        Assert.True(result.InputShare < 0.5, $"input share {result.InputShare} for an input without effect");
    }

    [Fact]
    public async Task RunAsync_TheMouHotlinesLatency_InputsMakeMostOfTheSpread()
    {
        var result = await Run("channels.kr-uz-mou.latency.median", "1h..24h");

        Assert.True(result.InputShare > 0.8, $"input share {result.InputShare}");
        Assert.True(result.High - result.Low > 0.2, $"range {result.Low}–{result.High}");
    }
}
