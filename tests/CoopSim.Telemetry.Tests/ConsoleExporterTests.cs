using System.Text.RegularExpressions;

namespace CoopSim.Telemetry.Tests;

/// <summary>`--trace console` through OpenTelemetry.Exporter.Console, on a real tracer provider.</summary>
public sealed class ConsoleExporterTests
{
    [Fact]
    public async Task Run_WithConsoleExporter_PrintsEachHopWithItsChannelAndBothAgencies()
    {
        await TelemetryRun.Gate.WaitAsync();
        try
        {
            var (text, summary, started) = await RunAsync("korea-desk-wanted.yaml", seed: 7);

            // The SDK's exporter prints a block per span, separated by a blank line.
            var hop = Blocks(text).Single(b => Regex.IsMatch(b, @"Activity\.DisplayName:\s+kr\.knpa\.vn-desk → vn\.mps\.korea-desk via kr-vn-desk$", RegexOptions.Multiline));
            Assert.Contains("coopsim.channel: kr-vn-desk", Lines(hop));
            Assert.Contains("coopsim.agency.from: kr.knpa.vn-desk", Lines(hop));
            Assert.Contains("coopsim.agency.to: vn.mps.korea-desk", Lines(hop));
            Assert.Contains("coopsim.hop.outcome: delivered", Lines(hop));

            // Stamped with the scenario's simulated time (April 2025), not the clock.
            Assert.Matches(@"Activity\.StartTime:\s+2025-04-18T", hop);
            Assert.Contains(Blocks(text), b => Regex.IsMatch(b, @"Activity\.DisplayName:\s+issue W-1$", RegexOptions.Multiline));

            // Every span the session started reached the console, and the summary says so.
            Assert.Equal(started, Blocks(text).Count(b => Lines(b).Contains("Name: CoopSim")));
            Assert.Contains($"{started:N0} to the console", summary);
        }
        finally
        {
            TelemetryRun.Gate.Release();
        }
    }

    [Fact]
    public async Task Run_TwiceWithTheSameSeed_PrintsTheSameText()
    {
        await TelemetryRun.Gate.WaitAsync();
        try
        {
            var first = await RunAsync("korea-desk-outage-manhunt.yaml", seed: 7);
            var second = await RunAsync("korea-desk-outage-manhunt.yaml", seed: 7);

            Assert.NotEmpty(first.Text);
            Assert.Equal(first.Text, second.Text);
        }
        finally
        {
            TelemetryRun.Gate.Release();
        }
    }

    [Fact]
    public async Task Run_TwoSessionsAtOnce_EachWriterGetsOnlyItsOwnScenario()
    {
        await TelemetryRun.Gate.WaitAsync();
        try
        {
            var both = await Task.WhenAll(
                Task.Run(() => RunAsync("korea-desk-wanted.yaml", seed: 7)),
                Task.Run(() => RunAsync("korea-desk-outage-manhunt.yaml", seed: 7)));

            Assert.All(Blocks(both[0].Text), b => Assert.Contains("coopsim.scenario: korea-desk-wanted", Lines(b)));
            Assert.All(Blocks(both[1].Text), b => Assert.Contains("coopsim.scenario: korea-desk-outage-manhunt", Lines(b)));
            Assert.Equal(both[0].Started, Blocks(both[0].Text).Length);
            Assert.Equal(both[1].Started, Blocks(both[1].Text).Length);
        }
        finally
        {
            TelemetryRun.Gate.Release();
        }
    }

    private static async Task<(string Text, string Summary, long Started)> RunAsync(string scenarioFile, ulong seed)
    {
        var output = new StringWriter { NewLine = "\n" };
        string summary;
        long started;
        using (var session = TelemetrySession.Start(["console"], TelemetryRun.Load(scenarioFile), TraceTimeMode.Simulated, output, seed: seed))
        {
            await TelemetryRun.RunAsync(scenarioFile, 1, session);
            session.Dispose();
            summary = session.Summary();
            started = session.SpansStarted;
        }

        return (output.ToString(), summary, started);
    }

    /// <summary>A block's lines without their indentation.</summary>
    private static string[] Lines(string block) => block.Split('\n', StringSplitOptions.TrimEntries);

    private static string[] Blocks(string text) => text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
