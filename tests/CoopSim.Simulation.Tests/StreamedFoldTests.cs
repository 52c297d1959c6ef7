using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using CoopSim.Studies.Output;

namespace CoopSim.Simulation.Tests;

/// <summary>Folding straight from the kernel's state, and summarising agencies when read, give the same bytes as the collected metrics.</summary>
public sealed class StreamedFoldTests
{
    [Theory]
    [InlineData(1, ParallelMode.Windows)]
    [InlineData(2, ParallelMode.Windows)]
    [InlineData(3, ParallelMode.Auto)]
    public async Task Run_FoldedFromAgencyStates_GivesTheSameJsonAsCollectedMetrics(int workers, ParallelMode mode)
    {
        var scenario = DeterminismTests.MixedWorld();
        var engine = new InProcessEngine();
        var collected = await engine.RunAsync(scenario, new RunOptions(300, 5));
        var streamed = await engine.RunAsync(scenario, new RunOptions(300, 5, workers, mode, KeepReplications: false));

        var json = ResultJsonWriter.ToJson(collected.Result);
        Assert.Equal(json, ResultJsonWriter.ToJson(streamed.Result));
        Assert.Contains("\"subject\": \"s\"", json);
    }

    [Fact]
    public void Finish_AgenciesSummarisedWhenRead_SameJsonAsSummarisedAtOnce()
    {
        var scenario = DeterminismTests.MixedWorld();
        var run = RunHelpers.Run(scenario, 50, seed: 3);
        var world = CompiledWorld.Compile(scenario);
        var countryAgencies = new CountryAgencies(world);
        foreach (var alert in world.Alerts)
        {
            var fold = new AlertFold(world, alert, countryAgencies);
            var scratch = new FoldScratch(world.Agencies.Length, world.CountryCodes.Length);
            foreach (var replication in run.Replications) fold.Add(replication.Alerts[alert.Index], scratch);
            fold.Seal();

            var atOnce = Json(run.Result, fold.Finish(50));
            var whenRead = fold.Finish(50, lazyAgencies: true);
            Assert.Equal(atOnce, Json(run.Result, whenRead));
            // Read again: the same summaries.
            Assert.Equal(atOnce, Json(run.Result, whenRead));
            Assert.Equal(Json(run.Result, run.Result.Alerts[alert.Index]), atOnce);
        }
    }

    private static string Json(SimulationResult result, AlertResult alert) => ResultJsonWriter.ToJson(result with { Alerts = [alert] });
}
