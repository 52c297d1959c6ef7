using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CoopSim.Cli.Tests;

/// <summary>The README's recipe <c>coopsim network --format dot | dot -Tsvg</c>, with the real Graphviz <c>dot</c>.</summary>
public sealed class NetworkDotGraphvizTests
{
    [Fact]
    public async Task NetworkDot_SeedWorld_RendersWithGraphvizCleanlyAndCountryBoxesDoNotOverlap()
    {
        var network = await CliHarness.RunAsync("network", "--format", "dot");
        Assert.Equal(0, network.ExitCode);

        var (exit, svg, error) = await RunDotAsync(network.Out);
        Assert.True(exit == 0, $"dot exited {exit}: {error}");
        Assert.Equal("", error.Trim());

        var boxes = Regex.Matches(svg, @"<g id=""clust\d+"" class=""cluster"">\s*<title>([^<]*)</title>\s*<polygon[^>]*points=""([^""]*)""")
            .Select(m => (Name: m.Groups[1].Value, Box: Bounds(m.Groups[2].Value))).ToArray();
        Assert.True(boxes.Length >= 10, $"{boxes.Length} country boxes");
        foreach (var (a, i) in boxes.Select((b, i) => (b, i)))
        foreach (var b in boxes.Skip(i + 1))
            Assert.False(Overlap(a.Box, b.Box), $"{a.Name} overlaps {b.Name}");

        // Every channel is drawn (none "lost"): one edge group per channel line in the DOT.
        var channels = network.Out.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal));
        Assert.Equal(channels, Regex.Matches(svg, @"class=""edge""").Count);
    }

    private static (double X1, double Y1, double X2, double Y2) Bounds(string points)
    {
        var xy = points.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return (xy.Min(p => p[0]), xy.Min(p => p[1]), xy.Max(p => p[0]), xy.Max(p => p[1]));
    }

    private static bool Overlap((double X1, double Y1, double X2, double Y2) a, (double X1, double Y1, double X2, double Y2) b) =>
        a.X1 < b.X2 && b.X1 < a.X2 && a.Y1 < b.Y2 && b.Y1 < a.Y2;

    private static async Task<(int Exit, string Out, string Error)> RunDotAsync(string input)
    {
        var path = Environment.GetEnvironmentVariable("COOPSIM_DOT") ?? "/usr/bin/dot";
        Assert.True(File.Exists(path), $"{path} is missing: apt-get install -y graphviz (or set COOPSIM_DOT)");
        using var process = Process.Start(new ProcessStartInfo(path, "-Tsvg")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            // Only the process this test started, by its id.
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
