using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Tests;
using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Tests.Answers;

/// <summary>The figures a probe takes while replications are folded are the ones read back from kept replications.</summary>
public sealed class AnswerProbeTests
{
    public static TheoryData<string?, string?, string?, int> Targets() => new()
    {
        // An agency, a country and a subject, on one and two workers (two: replications folded side by side).
        { "kr.immigration", null, null, 1 },
        { "kr.immigration", null, null, 2 },
        { null, "KR", null, 2 },
        { null, null, "suspect", 1 },
        { null, null, "suspect", 2 },
        { "nobody.here", null, null, 2 },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Values_AnyTargetAndWorkers_EqualTheSamplesOfKeptReplications(string? agency, string? country, string? subject, int workers)
    {
        var scenario = Scenarios.ScenarioLoader.Load(CoopSim.Tests.Shared.RepoPaths.Scenario("uz-entry-block.yaml")).Value!;
        var target = new AnswerSpec(subject is null ? "EB-1" : null, agency, country, subject, Duration.FromHours(18), new SourceLocation("test", 0, 0));
        var engine = new InProcessEngine();
        var kept = await engine.RunAsync(scenario, new RunOptions(600, 11, 1));
        var probe = new AnswerProbe(target, 600);

        var probed = await engine.RunAsync(scenario, new RunOptions(600, 11, workers, KeepReplications: false, Probe: probe));

        var expected = subject is not null ? ReplicationSamples.Intercepted(kept, subject)
            : agency is not null ? ReplicationSamples.HoursToAgency(kept, "EB-1", agency)
            : ReplicationSamples.HoursToCountry(kept, "EB-1", country!);
        Assert.Empty(probed.Replications);
        Assert.Equal(expected, probe.Values);
        Assert.Equal(ScenarioAnswerEvaluator.Evaluate(scenario, kept, target), ScenarioAnswerEvaluator.Evaluate(scenario, probed, target));
    }
}
