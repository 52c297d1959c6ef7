using CoopSim.Bench.Validation;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace CoopSim.Bench.Tests.Validation;

public sealed class WorkerProperties
{
    /// <summary>FsCheck's replay seed: the same 40 small worlds every run.</summary>
    private const ulong ReplaySeed = 1507;

    [Fact]
    public void Run_RandomSmallWorld_SameBytesOnOneAndTwoWorkersInEitherMode()
    {
        var seeds =
            from high in Gen.Choose(0, int.MaxValue)
            from low in Gen.Choose(0, int.MaxValue)
            select new WorldSeed("small", (ulong)high << 32 | (uint)low);
        var checkedWorlds = 0;

        var property = Prop.ForAll(Arb.From(seeds), seed =>
        {
            var generated = SmallWorldGenerator.Generate(seed.Seed, replications: 12);
            var scenario = generated.Load();
            string Json(int workers, ParallelMode mode) => ResultJsonWriter.ToJson(new InProcessEngine()
                .RunAsync(scenario, new RunOptions(scenario.Run.Replications, scenario.Run.Seed, workers, mode)).GetAwaiter().GetResult().Result);

            var reference = Json(1, ParallelMode.Windows);
            foreach (var (workers, mode) in new[] { (2, ParallelMode.Windows), (2, ParallelMode.Replications) })
            {
                if (Json(workers, mode) != reference)
                {
                    var rerun = $"--engine inproc --workers {workers} --format json (and compare with --workers 1)";
                    throw new ValidationFailedException($"inproc with {workers} workers ({mode}) differs from 1 worker:{Environment.NewLine}{generated.Describe([], rerun)}");
                }
            }

            checkedWorlds++;
        });

        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(40)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(ReplaySeed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)))
            .WithParallelRunConfig(FSharpOption<ParallelRunConfig>.None), property);

        Assert.Equal(40, checkedWorlds);
    }
}
