using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Tests;
using CoopSim.Studies.Advice;
using CoopSim.Studies.Sensitivity;

namespace CoopSim.Studies.Tests.Sensitivity;

/// <summary>
/// The whole path — uncertainty block, point runner, kernel, Sobol — on a chain A → B → C → D whose reach is the
/// product of the channels' pass rates Uᵢ = 1 − lossᵢ, each uniform: the indices must match the closed forms
/// Sᵢ = Var(Uᵢ) Π_{j≠i} E[Uⱼ]² / V and STᵢ = Var(Uᵢ) Π_{j≠i} E[Uⱼ²] / V, V = Π E[Uⱼ²] − Π E[Uⱼ]².
/// </summary>
public sealed class LossChainSensitivityTests
{
    private static readonly (string Channel, double Low, double High)[] Losses = [("ab", 0.01, 0.3), ("bc", 0.01, 0.6), ("cd", 0.01, 0.1)];

    [Fact]
    public async Task Sobol_ChainOfUncertainLosses_MatchesTheProductClosedForms()
    {
        var world = new TestWorld().Country("XX");
        foreach (var id in new[] { "A", "B", "C", "D" }) world.Agency(id, "XX");
        foreach (var (channel, _, _) in Losses)
            world.Channel(channel, channel[..1].ToUpperInvariant(), channel[1..].ToUpperInvariant(), TestWorld.Fixed(Duration.FromSeconds(1)), loss: 0.1);
        var scenario = world.Alert("L-1", "A").Build();
        var where = new SourceLocation("test", 1, 1);
        var specs = Losses.Select(l => new UncertaintySpec($"channels.{l.Channel}.loss", $"{l.Low}..{l.High}", null, null, null, null, where, where)).ToArray();
        var model = UncertaintyModel.Resolve(scenario, specs, (_, m) => throw new InvalidOperationException(m));
        var output = OutputMeasure.ForObjective(new Objective(ObjectiveKind.Reach, "L-1", "D", true), 24);
        var settings = new SensitivitySettings(Trajectories: 2, SobolTop: 3, SobolSamples: 256, Replications: 1000, Seed: 5, Resamples: 300);
        var runner = new PointRunner(new InProcessEngine(), scenario, model, output, new RunOptions(settings.Replications, settings.Seed), Environment.ProcessorCount);

        var result = await SensitivityRunner.RunAsync(runner, scenario, model, output, settings);

        var pass = Losses.Select(l => (Lo: 1 - l.High, Hi: 1 - l.Low)).ToArray();
        var mean = pass.Select(r => (r.Lo + r.Hi) / 2).ToArray();
        var variance = pass.Select(r => (r.Hi - r.Lo) * (r.Hi - r.Lo) / 12).ToArray();
        var square = mean.Select((m, i) => variance[i] + m * m).ToArray();
        var v = square.Aggregate(1.0, (p, q) => p * q) - mean.Aggregate(1.0, (p, m) => p * m * m);
        for (var i = 0; i < Losses.Length; i++)
        {
            var others = Enumerable.Range(0, Losses.Length).Where(j => j != i).ToArray();
            var s1 = variance[i] * others.Aggregate(1.0, (p, j) => p * mean[j] * mean[j]) / v;
            var st = variance[i] * others.Aggregate(1.0, (p, j) => p * square[j]) / v;
            var sobol = result.Rows.Single(r => r.Input.Name == $"channels.{Losses[i].Channel}.loss").Sobol!;

            // Each point's reach is a share of 1,000 runs, not the product itself: allow that noise (about 0.02 a share)
            // on top of the bootstrap interval.
            Assert.True(sobol.First.Low - 0.05 <= s1 && s1 <= sobol.First.High + 0.05, $"S{i + 1} = {s1:0.000} vs {sobol.First}");
            Assert.True(sobol.Total.Low - 0.05 <= st && st <= sobol.Total.High + 0.05, $"ST{i + 1} = {st:0.000} vs {sobol.Total}");
        }

        Assert.Equal("channels.bc.loss", result.Rows[0].Input.Name);
    }
}
