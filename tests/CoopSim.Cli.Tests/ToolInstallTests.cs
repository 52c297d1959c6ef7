using System.Diagnostics;
using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>
/// `dotnet pack` makes coopsim a .NET tool: pack it (from this test run's build), install it into a temporary
/// tool path from that folder only, and run it the way a user would, on a scenario outside the repository.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(2);
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-tool-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task PackAndInstall_ToolPath_RunsVersionAndAScenarioOutsideTheRepository()
    {
        var packages = Directory.CreateDirectory(Path.Combine(_dir, "nupkg")).FullName;
        // bin/CONFIGURATION/net10.0/: pack what this test run built, in the same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var pack = await Run("dotnet", ["pack", Path.Combine(RepoPaths.Root, "src", "CoopSim.Cli"), "--no-build", "-c", configuration, "-o", packages, "-nologo"], RepoPaths.Root);
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.DoesNotContain("missing a readme", pack.Output, StringComparison.OrdinalIgnoreCase);
        var package = Assert.Single(Directory.GetFiles(packages, "coopsim.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["coopsim.".Length..];

        // Only the folder just packed: the tool carries its dependencies, and no other feed may stand in for it.
        var config = Path.Combine(_dir, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="packed" value="{packages}" /></packageSources></configuration>
            """);
        var tools = Path.Combine(_dir, "tools");
        var install = await Run("dotnet", ["tool", "install", "--tool-path", tools, "--configfile", config, "coopsim", "--version", version], _dir);
        Assert.True(install.ExitCode == 0, install.Output);
        var coopsim = Path.Combine(tools, OperatingSystem.IsWindows() ? "coopsim.exe" : "coopsim");

        var shown = await Run(coopsim, ["--version"], _dir);
        Assert.Equal(0, shown.ExitCode);
        Assert.StartsWith(version, shown.Output.Trim());

        // A scenario copied anywhere, naming no world: it runs on the seed world shipped inside the tool.
        var elsewhere = Directory.CreateDirectory(Path.Combine(_dir, "elsewhere")).FullName;
        File.Copy(RepoPaths.Scenario("korea-desk-wanted.yaml"), Path.Combine(elsewhere, "korea-desk-wanted.yaml"));
        var run = await Run(coopsim, ["run", "korea-desk-wanted.yaml", "--engine", "inproc", "--runs", "20", "--format", "json"], elsewhere);
        Assert.True(run.ExitCode == 0, run.Output);

        var inRepo = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--engine", "inproc", "--runs", "20", "--format", "json");
        Assert.Equal(inRepo.Out, run.Output);
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal(20, doc.RootElement.GetProperty("replications").GetInt32());

        // A trainer in an empty folder: the examples, the world and the workshop come with the tool.
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
        var scenarios = await Run(coopsim, ["scenarios"], empty);
        Assert.True(scenarios.ExitCode == 0, scenarios.Output);
        Assert.Contains("korea-desk-wanted.yaml", scenarios.Output);
        var network = await Run(coopsim, ["network", "--format", "json"], empty);
        Assert.True(network.ExitCode == 0, network.Output);
        Assert.Contains("kr-vn-desk", network.Output);
        var serve = await RunUntil(coopsim, ["serve", "--port", "0", "--engine", "inproc"], empty, "Trainer token");
        Assert.Contains("Workshop for korea-desk-wanted", serve);
        var init = await Run(coopsim, ["init", "demo"], empty);
        Assert.True(init.ExitCode == 0, init.Output);
        var demo = Path.Combine(empty, "demo");
        var edited = await Run(coopsim, ["run", "scenarios/korea-desk-wanted.yaml", "--engine", "inproc", "--runs", "20", "--format", "json"], demo);
        Assert.Equal(inRepo.Out, edited.Output);
    }

    /// <summary>Starts a program that serves until stopped, reads its output until <paramref name="marker"/>, then kills it by its process id.</summary>
    private static async Task<string> RunUntil(string program, string[] args, string folder, string marker)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var seen = new System.Text.StringBuilder();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StepTimeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                seen.AppendLine(line);
                if (line.Contains(marker, StringComparison.Ordinal)) return seen.ToString();
            }

            return seen + await stderr;
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private sealed record Outcome(int ExitCode, string Output);

    /// <summary>Runs a program to its end; one that outlives <see cref="StepTimeout"/> is killed by its process id, with its children.</summary>
    private static async Task<Outcome> Run(string program, string[] args, string folder)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StepTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        var output = await stdout;
        return new Outcome(process.ExitCode, process.ExitCode == 0 ? output : output + await stderr);
    }
}
