using CoopSim.Model.Scenario;
using CoopSim.Scenarios;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Output;
using CoopSim.Studies.Sensitivity;

namespace CoopSim.Studies.Tests.Sensitivity;

/// <summary>A sensitivity study on a shipped scenario: deterministic, and blind to what the alert never touches.</summary>
public sealed class SensitivityRunnerTests
{
    private static readonly SensitivitySettings Small = new(Trajectories: 4, SobolTop: 3, SobolSamples: 16, Replications: 40, Seed: 11, Resamples: 200);

    private static (ScenarioModel Scenario, UncertaintyModel Model, OutputMeasure Output) Load(params UncertaintySpec[] specs)
    {
        var scenario = ScenarioLoader.Load(CoopSim.Tests.Shared.RepoPaths.Scenario("uz-entry-block.yaml")).Value!;
        var model = UncertaintyModel.Resolve(scenario, specs, (_, message) => throw new InvalidOperationException(message));
        return (scenario, model, OutputMeasure.ForAnswer(ScenarioAnswerEvaluator.TargetOf(scenario)!, scenario.Run.Horizon.TotalHours));
    }

    private static UncertaintySpec Path(string path, string range) =>
        new(path, range, null, null, null, null, new SourceLocation("test", 1, 1), new SourceLocation("test", 1, 1));

    private static Task<SensitivityResult> Run(ScenarioModel scenario, UncertaintyModel model, OutputMeasure output, int concurrency) =>
        SensitivityRunner.RunAsync(new PointRunner(new InProcessEngine(), scenario, model, output, new RunOptions(Small.Replications, Small.Seed), concurrency),
            scenario, model, output, Small);

    [Fact]
    public async Task RunAsync_AnyConcurrency_SameCsvBytesAndEveryPointCounted()
    {
        var (scenario, model, output) = Load(Path("channels.kr-uz-mou.latency.median", "1h..24h"), Path("channels.kr-uz-mou.loss", "0..0.3"),
            Path("channels.vn-police-ncb.latency.median", "13h..48h"));

        var one = await Run(scenario, model, output, 1);
        var two = await Run(scenario, model, output, 2);

        Assert.Equal(SensitivityCsvWriter.ToCsv(one), SensitivityCsvWriter.ToCsv(two));
        Assert.Equal(Small.TotalPoints(3), one.Points);
    }

    [Fact]
    public async Task RunAsync_ChannelTheAlertNeverUses_IndicesContainZero_AndTheMouLatencyLeads()
    {
        var (scenario, model, output) = Load(Path("channels.kr-uz-mou.latency.median", "1h..24h"), Path("channels.kr-uz-mou.loss", "0..0.3"),
            Path("channels.vn-police-ncb.latency.median", "13h..48h"));

        var result = await Run(scenario, model, output, 2);

        var unused = result.Rows.Single(r => r.Input.Name == "channels.vn-police-ncb.latency.median");
        Assert.Equal(0, unused.Morris.MuStar.Value);
        Assert.True(unused.Sobol!.Total.Contains(0) && unused.Sobol.First.Contains(0), $"{unused.Sobol}");
        Assert.Equal("channels.kr-uz-mou.latency.median", result.Rows[0].Input.Name);
        Assert.True(result.Rows[0].Sobol!.Total.Low > 0);
        Assert.True(result.Rows[0].AtLow > result.Rows[0].AtHigh, "a slower hotline intercepts less often");
    }
}
