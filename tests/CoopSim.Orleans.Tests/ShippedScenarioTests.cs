using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Grains;
using CoopSim.Orleans.Wire;
using CoopSim.Scenarios.Bundles;
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
        RunSpec Run() => new() { RunId = Guid.NewGuid().ToString("N"), ScenarioHash = bundle.Hash, Source = source, Seed = 1, Tracing = false, AgencyCount = expected.AgencyCount };

        var plans = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PlanRegistry.GetAsync(Run())));

        Assert.Equal(1, source.Calls);
        Assert.All(plans, p => Assert.Same(plans[0], p));
        Assert.Equal(expected.AgencyCount, plans[0].AgencyCount);
    }

    [Fact]
    public async Task GetAsync_ClientHasNoFilesForTheHash_FailsWithoutCachingTheFailure()
    {
        var bundle = ScenarioBundles.Capture(RepoPaths.Scenario("korea-desk-wanted.yaml"));
        var missing = new CountingSource(null);
        var run = new RunSpec { RunId = "r", ScenarioHash = bundle.Hash, Source = missing, Seed = 1, Tracing = false, AgencyCount = 47 };

        await Assert.ThrowsAsync<InvalidOperationException>(() => PlanRegistry.GetAsync(run));
        var plan = await PlanRegistry.GetAsync(run with { Source = new CountingSource(bundle) });

        Assert.Equal(47, plan.AgencyCount);
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
