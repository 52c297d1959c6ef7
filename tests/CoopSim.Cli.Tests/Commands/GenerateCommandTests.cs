namespace CoopSim.Cli.Tests.Commands;

/// <summary>`coopsim generate` writes worlds that load like any other, also past the loader's 1 MiB per file.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Generate_WorldLargerThanOneFileMayHold_WritesPartsThatValidate()
    {
        var folder = _temp["big"];

        var generated = await CliHarness.RunAsync("generate", "--agencies", "5000", "--alerts", "3", "--out", folder);
        var validated = await CliHarness.RunAsync("validate", Path.Combine(folder, "scenario.yaml"));

        Assert.True(generated.ExitCode == 0, generated.Error);
        var parts = Directory.GetFiles(Path.Combine(folder, "world"), "agencies-*.yaml");
        Assert.True(parts.Length > 1, $"{parts.Length} agency file(s)");
        Assert.All(Directory.GetFiles(Path.Combine(folder, "world")), f => Assert.True(new FileInfo(f).Length < 1 << 20, f));
        Assert.True(validated.ExitCode == 0, validated.Error);
        Assert.Contains("world of 5000 agencies", validated.Out);
    }
}
