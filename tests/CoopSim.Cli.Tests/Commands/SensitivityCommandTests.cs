using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests.Commands;

/// <summary><c>coopsim sensitivity</c> and <c>run --uncertainty</c>: outputs, engines, and bad input.</summary>
public sealed class SensitivityCommandTests : IDisposable
{
    private static readonly string[] Small = ["--trajectories", "2", "--sobol-top", "2", "--sobol-samples", "8", "--runs", "20"];
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-sensitivity-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Sensitivity_Csv_SameBytesOnEveryEngine_RowPerParameterAndIndex()
    {
        var inproc = await CliHarness.RunAsync(["sensitivity", "scenarios/uz-entry-block.yaml", .. Small, "--engine", "inproc", "--format", "csv"]);
        var orleans = await CliHarness.RunAsync(["sensitivity", "scenarios/uz-entry-block.yaml", .. Small, "--engine", "orleans", "--format", "csv"]);
        var replications = await CliHarness.RunAsync(["sensitivity", "scenarios/uz-entry-block.yaml", .. Small, "--engine", "orleans-replications", "--format", "csv"]);

        Assert.Equal(0, inproc.ExitCode);
        Assert.Equal(inproc.Out, orleans.Out);
        Assert.Equal(inproc.Out, replications.Out);
        var lines = inproc.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("parameter,index,value,ci95_low,ci95_high", lines[0]);
        var indices = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.All(indices, cells => Assert.Equal(5, cells.Length));

        // Every input has its Morris rows; the two Sobol inputs have first and total indices too.
        var parameters = indices.Select(c => c[0]).Distinct().ToArray();
        Assert.Contains("channels.kr-uz-mou.latency.median", parameters);
        Assert.Equal(parameters.Length, indices.Count(c => c[1] == "morris_mu_star"));
        Assert.Equal(2, indices.Count(c => c[1] == "sobol_total"));
    }

    [Fact]
    public async Task Sensitivity_Table_RanksAndSaysWhatTheAnswerDependsOn()
    {
        var result = await CliHarness.RunAsync(["sensitivity", "scenarios/uz-entry-block.yaml", .. Small, "--engine", "inproc"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("what interception of suspect depends on", result.Out);
        Assert.Contains("The answer depends most on ", result.Out);
        Assert.Contains("│  1 │", result.Out);
    }

    [Fact]
    public async Task Sensitivity_ScenarioWithoutUncertainty_OneLineErrorExit2()
    {
        var result = await CliHarness.RunAsync("sensitivity", "scenarios/korea-desk-wanted-interpol-only.yaml", "--engine", "inproc");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"^coopsim: error: korea-desk-wanted-interpol-only\.yaml has no uncertain inputs[^\n]*\n$", result.Error);
    }

    [Fact]
    public async Task Sensitivity_BadUncertaintyEntry_FileLineColumnErrorExit2()
    {
        var path = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(path, $$"""
            name: bad
            world: {{RepoPaths.Seeds}}
            start: 2025-04-18T10:00:00+09:00
            alerts:
              - {id: A, kind: wanted-person, origin: kr.knpa, scope: [VN]}
            uncertainty:
              - {path: channels.vn-police-ncb.loss, range: 0.3..0.05}
            """);

        var result = await CliHarness.RunAsync("sensitivity", path, "--engine", "inproc");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"bad\.yaml\(7,\d+\): error: range '0\.3\.\.0\.05' ends before it starts", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task RunUncertainty_Starter_PrintsTheWidenedIntervalAndTheInputsShare()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--uncertainty", "--points", "8", "--runs", "100", "--engine", "inproc");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"With input uncertainty: [\d.]+% on average over 8 settings of \d+ uncertain inputs \(100 runs each\); 95% interval [\d.]+–[\d.]+%; the inputs make [\d.]+% of the spread", result.Out.Replace("\n", " "));
    }

    [Fact]
    public async Task RunUncertainty_Json_SameBytesTwice()
    {
        string[] args = ["run", "scenarios/uz-entry-block.yaml", "--uncertainty", "--points", "6", "--runs", "50", "--engine", "inproc", "--format", "json", "--workers", "2"];
        var first = await CliHarness.RunAsync(args);
        var second = await CliHarness.RunAsync([.. args[..^1], "1"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("\"format\": \"coopsim.uncertain-answer/1\"", first.Out);
        Assert.Equal(first.Out, second.Out);
    }
}
