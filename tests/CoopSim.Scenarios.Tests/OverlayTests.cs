using CoopSim.Scenarios;
using CoopSim.Tests.Shared;

namespace CoopSim.Scenarios.Tests;

public sealed class OverlayTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-overlay-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Model.Scenario.ScenarioModel Load(string changes)
    {
        var path = Path.Combine(_dir, "s.yaml");
        File.WriteAllText(path, $"""
            world: {RepoPaths.Seeds}
            start: 2025-04-18T10:00:00+09:00
            alerts:
              - {"{"}id: A, kind: wanted-person, origin: kr.knpa, scope: [VN]{"}"}
            changes:
            {changes}
            """);
        var result = ScenarioLoader.Load(path);
        Assert.Empty(result.Diagnostics);
        return result.Value!;
    }

    [Fact]
    public void Load_RemoveChannel_DropsOnlyThatChannel()
    {
        var baseline = WorldLoader.Load(RepoPaths.Seeds).Value!;
        var s = Load("  remove-channels: [kr-vn-desk]");
        Assert.Null(s.World.FindChannel("kr-vn-desk"));
        Assert.Equal(baseline.Channels.Count - 1, s.World.Channels.Count);
    }

    [Fact]
    public void Load_RemoveAgency_TakesItsChannelsWithIt()
    {
        var s = Load("  remove-agencies: [vn.mps.korea-desk]");
        Assert.Null(s.World.FindAgency("vn.mps.korea-desk"));
        Assert.DoesNotContain(s.World.Channels, c => c.From == "vn.mps.korea-desk" || c.To == "vn.mps.korea-desk");
    }

    [Fact]
    public void Load_AddAgencyAndChannel_AppearInTheWorld()
    {
        var s = Load("""
              add-agencies:
                - {id: uz.mia.korea-desk, name: Korea Desk at Uzbek MIA, country: UZ, kind: liaison-desk, hours: 24/7, languages: [uz, ko], capabilities: [relay], relay: all, source: hypothetical}
              add-channels:
                - {id: kr-uz-desk, from: kr.knpa, to: uz.mia.korea-desk, two-way: true, kind: bilateral-desk, latency: {uniform: [10m, 8h]}, source: hypothetical}
            """);
        Assert.NotNull(s.World.FindAgency("uz.mia.korea-desk"));
        Assert.Equal("uz.mia.korea-desk", s.World.FindChannel("kr-uz-desk")!.To);
    }

    [Fact]
    public void Load_AlterChannel_ChangesGivenKeysAndKeepsTheRest()
    {
        var original = WorldLoader.Load(RepoPaths.Seeds).Value!.FindChannel("kr-vn-desk")!;
        var s = Load("""
              alter-channels:
                - {id: kr-vn-desk, loss: 0.5}
            """);
        var altered = s.World.FindChannel("kr-vn-desk")!;
        Assert.Equal(0.5, altered.LossProbability);
        Assert.Equal(original.Latency, altered.Latency);
        Assert.Equal(original.From, altered.From);
    }
}
