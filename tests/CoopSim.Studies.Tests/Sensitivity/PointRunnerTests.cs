using CoopSim.Model.Scenario;
using CoopSim.Scenarios;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Advice;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Sensitivity;

namespace CoopSim.Studies.Tests.Sensitivity;

/// <summary>A point's run takes only the figure its measure reads, and measures what a run keeping every replication would.</summary>
public sealed class PointRunnerTests
{
    private static readonly ScenarioModel Scenario = ScenarioLoader.Load(CoopSim.Tests.Shared.RepoPaths.Scenario("uz-entry-block.yaml")).Value!;

    /// <summary>
    /// Each measure, and whether its value moves between the two ends of the MOU's delay (a reach within the horizon does
    /// not; the 90th percentile is the horizon at both, more than a tenth of runs never getting there; Korea's first agency to act is not reached over the MOU).
    /// </summary>
    public static TheoryData<string, bool> Measures => new()
    {
        { "answer", true }, { "p50-answer", true }, { "reach-objective", false }, { "p90-objective", false }, { "p50-country-objective", false }, { "headline-share", true },
    };

    [Theory]
    [MemberData(nameof(Measures))]
    public async Task RunAsync_MeasureThatSamplesAFigure_KeepsNoReplicationAndGivesTheKeptRunsValue(string which, bool moves)
    {
        var measure = MeasureOf(which);
        var model = UncertaintyModel.Resolve(Scenario, [new UncertaintySpec("channels.kr-uz-mou.latency.median", "1h..24h", null, null, null, null,
            new SourceLocation("test", 1, 1), new SourceLocation("test", 1, 1))], (_, message) => throw new InvalidOperationException(message));
        var engine = new RecordingEngine();
        var points = new[] { new[] { 0.1 }, new[] { 0.9 } };

        var sampled = await new PointRunner(engine, Scenario, model, measure, new RunOptions(60, 7), 2).RunAsync(points, null, CancellationToken.None);
        var kept = await new PointRunner(new InProcessEngine(), Scenario, model, measure with { Sampled = null }, new RunOptions(60, 7), 2)
            .RunAsync(points, null, CancellationToken.None);

        Assert.Equal(kept, sampled);
        Assert.All(engine.Options, o => Assert.False(o.KeepReplications));
        Assert.Equal(2, engine.Options.Count);
        // The two ends of a one-hour-to-a-day delay give different values: the figure is not a constant.
        if (moves) Assert.NotEqual(sampled[0], sampled[1]);
    }

    [Fact]
    public async Task HoursToAgency_RunThatKeptNothingAndTookNoProbeOfIt_FailsInsteadOfAnsweringFromNoReplications()
    {
        var run = await new InProcessEngine().RunAsync(Scenario, new RunOptions(10, 1, KeepReplications: false));

        var target = ScenarioAnswerEvaluator.TargetOf(Scenario)!;

        Assert.Throws<InvalidOperationException>(() => ReplicationSamples.HoursToAgency(run, target.Alert!, target.Agency!));
    }

    private static OutputMeasure MeasureOf(string which)
    {
        var target = ScenarioAnswerEvaluator.TargetOf(Scenario)!;
        var horizon = Scenario.Run.Horizon.TotalHours;
        // uz-entry-block asks whether kr.immigration can act on EB-1; an objective may also name its country.
        var agency = target.Agency!;
        return which switch
        {
            "answer" => OutputMeasure.ForAnswer(target, horizon),
            "p50-answer" => OutputMeasure.ForAnswer(target, horizon, medianForWithin: true),
            "reach-objective" => OutputMeasure.ForObjective(new Objective(ObjectiveKind.Reach, target.Alert!, agency, true), horizon),
            "p90-objective" => OutputMeasure.ForObjective(new Objective(ObjectiveKind.P90Time, target.Alert!, agency, TargetIsAgency: true), horizon),
            "p50-country-objective" => OutputMeasure.ForObjective(new Objective(ObjectiveKind.MedianTime, target.Alert!, "KR", TargetIsAgency: false), horizon),
            _ => TwoLevelRunner.HeadlineShare(Scenario, target),
        };
    }

    /// <summary>The in-process engine, noting the options each point ran with.</summary>
    private sealed class RecordingEngine : ISimulationEngine
    {
        private readonly InProcessEngine _inner = new();

        public List<RunOptions> Options { get; } = [];

        public string Name => "recording";

        public Task<SimulationRun> RunAsync(ScenarioModel scenario, RunOptions options, ISimulationObserver? observer = null, IProgress<int>? progress = null,
            CancellationToken cancellationToken = default)
        {
            lock (Options) Options.Add(options);
            return _inner.RunAsync(scenario, options, observer, progress, cancellationToken);
        }
    }
}
