namespace CoopSim.Telemetry.Tests;

public sealed class ConsoleExporterTests
{
    [Fact]
    public async Task Run_WithConsoleExporter_PrintsEachHopWithItsChannel()
    {
        await TelemetryRun.Gate.WaitAsync();
        try
        {
            var output = new StringWriter();
            using (var session = TelemetrySession.Start(["console"], TelemetryRun.Load("korea-desk-wanted.yaml"), TraceTimeMode.Simulated, output))
                await TelemetryRun.RunAsync("korea-desk-wanted.yaml", 1, session);

            var text = output.ToString();
            Assert.Contains("issue W-1", text);
            Assert.Contains("kr-vn-desk kr.knpa.vn-desk → vn.mps.korea-desk (delivered", text);
        }
        finally
        {
            TelemetryRun.Gate.Release();
        }
    }
}
