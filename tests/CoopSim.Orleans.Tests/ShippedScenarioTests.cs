using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Grains;
using CoopSim.Orleans.Wire;
using CoopSim.Scenarios;
using CoopSim.Scenarios.Bundles;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Tests;

/// <summary>A silo with no copy of the files compiles the scenario the client ships, once per content hash.</summary>
public sealed class ShippedScenarioTests
{
    [Fact]
    public async Task GetAsync_NoLocalPlan_CompilesTheShippedFilesOnceForTheSameHash()
    {
        var bundle = ScenarioBundles.Capture(RepoPaths.Scenario("uz-entry-block.yaml"));
        var source = new CountingSource(bundle);
        var expected = SimulationPlan.Compile(Scenarios.Load("uz-entry-block.yaml"));
        RunSpec Run() => new() { RunId = Guid.NewGuid().ToString("N"), ScenarioHash = bundle.Hash, FilesHash = bundle.Hash, Source = source, Seed = 1, Tracing = false, AgencyCount = expected.AgencyCount };

        var plans = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PlanRegistry.GetAsync(Run())));

        Assert.Equal(1, source.Calls);
        Assert.All(plans, p => Assert.Same(plans[0], p));
        Assert.Equal(expected.AgencyCount, plans[0].AgencyCount);
    }

    [Fact]
    public async Task GetAsync_ClientHasNoFilesForTheHash_FailsWithoutCachingTheFailure()
    {
        // A scenario no other test here ships: the silo's caches are the process's.
        var bundle = ScenarioBundles.Capture(RepoPaths.Scenario("desk-friday-night.yaml"));
        var agencies = SimulationPlan.Compile(Scenarios.Load("desk-friday-night.yaml")).AgencyCount;
        var missing = new CountingSource(null);
        var run = new RunSpec { RunId = "r", ScenarioHash = bundle.Hash, FilesHash = bundle.Hash, Source = missing, Seed = 1, Tracing = false, AgencyCount = agencies };

        await Assert.ThrowsAsync<InvalidOperationException>(() => PlanRegistry.GetAsync(run));
        var plan = await PlanRegistry.GetAsync(run with { Source = new CountingSource(bundle) });

        Assert.Equal(agencies, plan.AgencyCount);
    }

    [Fact]
    public async Task GetAsync_PointsOfOneStudy_FetchTheFilesOnceAndCompileEachPointAsTheClientChangedIt()
    {
        var bundle = ScenarioBundles.Capture(RepoPaths.Scenario("korea-desk-wanted.yaml"));
        var source = new CountingSource(bundle);
        Assert.True(ParameterPath.TryParse("channels.kr-vn-desk.loss", out var path, out _));
        var asWritten = Scenarios.Load("korea-desk-wanted.yaml");
        RunSpec Point(string loss)
        {
            var changes = ScenarioChanges.Of([new SweepSetting(path!, loss)]).ToText();
            return new RunSpec
            {
                RunId = Guid.NewGuid().ToString("N"), ScenarioHash = ScenarioBundles.HashWith(bundle.Hash, changes), FilesHash = bundle.Hash, Changes = changes,
                Source = source, Seed = 1, Tracing = false, AgencyCount = SimulationPlan.Compile(asWritten).AgencyCount,
            };
        }

        var quarter = await PlanRegistry.GetAsync(Point("0.25"));
        var half = await PlanRegistry.GetAsync(Point("0.5"));

        Assert.Equal(1, source.Calls);
        Assert.Equal(0.25, quarter.Scenario.World.Channels.Single(c => c.Id == "kr-vn-desk").LossProbability);
        Assert.Equal(0.5, half.Scenario.World.Channels.Single(c => c.Id == "kr-vn-desk").LossProbability);
    }

    [Fact]
    public async Task GetAsync_ChangesThatDoNotMatchTheRunsHash_AreRefused()
    {
        var bundle = ScenarioBundles.Capture(RepoPaths.Scenario("korea-desk-wanted.yaml"));
        var run = new RunSpec
        {
            RunId = "r", ScenarioHash = bundle.Hash, FilesHash = bundle.Hash, Changes = "set channels.kr-vn-desk.loss 0.5", Source = new CountingSource(bundle),
            Seed = 1, Tracing = false, AgencyCount = 47,
        };

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => PlanRegistry.GetAsync(run));

        Assert.Contains("do not match", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capture_Scenario_HoldsTheScenarioAndEveryWorldFileWithNoAbsolutePath()
    {
        var bundle = ScenarioBundles.Capture(RepoPaths.Scenario("korea-desk-wanted.yaml"));

        Assert.Equal("scenarios/korea-desk-wanted.yaml", bundle.ScenarioPath);
        Assert.Equal(Directory.GetFiles(RepoPaths.Seeds, "*.yaml").Length + 1, bundle.Files.Count);
        Assert.All(bundle.Files, f => Assert.False(Path.IsPathRooted(f.RelativePath)));
        Assert.Equal(bundle.Hash, ScenarioBundles.HashOf(bundle.ScenarioPath, bundle.Files));
    }

    [Fact]
    public void Materialize_ChangedContent_IsRefused()
    {
        var bundle = ScenarioBundles.Capture(RepoPaths.Scenario("korea-desk-wanted.yaml"));
        var tampered = bundle with { Files = [.. bundle.Files.Select((f, i) => i == 0 ? f with { Content = [.. f.Content, (byte)' '] } : f)] };
        var folder = Directory.CreateTempSubdirectory("coopsim-bundle-").FullName;
        try
        {
            Assert.Throws<InvalidDataException>(() => ScenarioBundles.Materialize(tampered, folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Materialize_PathOutsideTheFolder_IsRefused()
    {
        ScenarioBundleFile[] files = [new("../escape.yaml", [1, 2, 3])];
        var bundle = new ScenarioBundle("../escape.yaml", files, ScenarioBundles.HashOf("../escape.yaml", files));
        var folder = Directory.CreateTempSubdirectory("coopsim-bundle-").FullName;
        try
        {
            Assert.Throws<InvalidDataException>(() => ScenarioBundles.Materialize(bundle, folder));
            Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(folder)!, "escape.yaml")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class CountingSource(ScenarioBundle? bundle) : IScenarioSource
    {
        private int _calls;

        public int Calls => _calls;

        public Task<WireScenarioBundle?> GetScenarioAsync(string hash)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(bundle is not null && bundle.Hash == hash ? WireScenarioBundle.From(bundle) : null);
        }
    }
}
