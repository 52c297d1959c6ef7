using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests.Rendering;

/// <summary>
/// A sweep axis or a what-if that changes nothing measurable says so and why (a drop outage of the KR–UZ MOU
/// hotline swept over its end gave six identical rows, read as "a week's outage cuts interception to 8%").
/// </summary>
public sealed class NoEffectTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-no-effect-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>scenarios/uz-entry-block.yaml with a drop outage of its MOU channel, kr-uz-mou, from the start.</summary>
    private string MouOutage(string until, string name = "mou-outage.yaml")
    {
        var text = File.ReadAllText(RepoPaths.Scenario("uz-entry-block.yaml"))
            .Replace("run: {seed: 11, replications: 500, horizon: 10d}",
                $"world: {RepoPaths.Seeds}\nrun: {{seed: 11, replications: 300, horizon: 10d}}\noutages:\n  - {{channel: kr-uz-mou, from: 0s, until: {until}, mode: drop}}");
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Sweep_DropOutageEndAfterTheOnlyMessage_SaysTheEndHadNoEffectAndWhy()
    {
        var result = await CliHarness.RunAsync("sweep", MouOutage("1d"), "--vary", "outages.kr-uz-mou.until=1h,6h,12h,1d,3d,7d", "--engine", "inproc");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("No effect: outages.kr-uz-mou.until changed nothing measurable: every message on kr-uz-mou was sent before 1h", result.Out);
        Assert.Contains("the outage's end had no effect", result.Out);
    }

    [Fact]
    public async Task Sweep_CsvOfTheSameAxis_KeepsItsBytesAndNotesItOnStandardError()
    {
        var result = await CliHarness.RunAsync("sweep", MouOutage("1d"), "--vary", "outages.kr-uz-mou.until=1h,7d", "--engine", "inproc", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain("No effect", result.Out);
        Assert.Contains("coopsim: note: outages.kr-uz-mou.until changed nothing measurable", result.Error);
    }

    [Fact]
    public async Task Sweep_AxisThatMovesTheFigures_IsNotFlagged()
    {
        var result = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--vary", "channels.kr-vn-desk.latency.median=1h,12h",
            "--runs", "200", "--engine", "inproc");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain("No effect", result.Out);
    }

    [Fact]
    public async Task Sweep_ChannelNoAlertUses_SaysNoMessageWentOverIt()
    {
        var result = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--vary", "channels.kr-uz-mou.latency.median=1h,12h",
            "--runs", "100", "--engine", "inproc");

        Assert.Contains("No effect: channels.kr-uz-mou.latency.median changed nothing measurable: no message went over kr-uz-mou in any run", result.Out);
    }

    [Fact]
    public async Task Compare_WhatIfOfAnOutageEndNobodyNoticed_SaysNothingChangedAndWhy()
    {
        var result = await CliHarness.RunAsync("compare", MouOutage("1d", "day.yaml"), MouOutage("7d", "week.yaml"), "--engine", "inproc");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("No change: the what-if changed nothing measurable", result.Out);
        Assert.Contains("every message on kr-uz-mou fell inside its outage in both", result.Out);
    }

    [Fact]
    public async Task Compare_WhatIfThatMatters_SaysNoNoChange()
    {
        var result = await CliHarness.RunAsync("compare", "scenarios/korea-desk-wanted.yaml", "scenarios/korea-desk-wanted-interpol-only.yaml", "--runs", "200", "--engine", "inproc");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain("No change", result.Out);
    }
}
