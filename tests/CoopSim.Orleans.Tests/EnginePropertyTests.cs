using CoopSim.Bench.Validation;
using CoopSim.Orleans.Engine;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace CoopSim.Orleans.Tests;

/// <summary>
/// The determinism contract as a property: for random small worlds (generated as YAML and loaded like a
/// user's), agency grains, replications across silos, and the in-process engine with one and two workers
/// give the same JSON bytes. A handful of worlds: each TestCluster run costs seconds.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class EnginePropertyTests(TwoSiloClusterFixture fixture)
{
    /// <summary>FsCheck's replay seed: the same worlds every run.</summary>
    private const ulong ReplaySeed = 1508;

    private const int Worlds = 10;

    [Fact]
    public void RunAsync_RandomSmallWorld_SameBytesOnEveryEngineAndWorkerCount()
    {
        var seeds = from high in Gen.Choose(0, int.MaxValue) from low in Gen.Choose(0, int.MaxValue) select (ulong)high << 32 | (uint)low;
        var checkedWorlds = 0;

        var property = Prop.ForAll(Arb.From(seeds), seed =>
        {
            var generated = SmallWorldGenerator.Generate(seed, replications: 8);
            var scenario = generated.Load();
            var runs = new (string Name, ISimulationEngine Engine, int Workers)[]
            {
                ("inproc, 1 worker", new InProcessEngine(), 1),
                ("inproc, 2 workers", new InProcessEngine(), 2),
                ("orleans", new OrleansEngine(fixture.Cluster.GrainFactory), 1),
                ("orleans-replications", new OrleansEngine(fixture.Cluster.GrainFactory, new OrleansEngineOptions { Mode = OrleansEngineMode.Replications, ReplicationSlots = 4 }), 2),
            };

            string? reference = null;
            foreach (var (name, engine, workers) in runs)
            {
                var options = new RunOptions(scenario.Run.Replications, scenario.Run.Seed, workers);
                var json = ResultJsonWriter.ToJson(engine.RunAsync(scenario, options).GetAwaiter().GetResult().Result);
                reference ??= json;
                if (json != reference)
                {
                    throw new InvalidOperationException($"{name} differs from inproc with 1 worker:{Environment.NewLine}" +
                        generated.Describe([], $"--engine {name.Split(',')[0]} --workers {workers} --format json (and compare with --engine inproc --workers 1)"));
                }
            }

            checkedWorlds++;
        });

        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Worlds)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(ReplaySeed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)))
            .WithParallelRunConfig(FSharpOption<ParallelRunConfig>.None), property);

        Assert.Equal(Worlds, checkedWorlds);
    }
}
