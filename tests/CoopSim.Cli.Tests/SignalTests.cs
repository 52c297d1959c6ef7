using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>
/// SIGINT and SIGTERM (issue 11, item 2) on the real process: exit 130 or 143 with one line, and no temporary file
/// left, while a long run writes a trace, with the in-process kernel and with the embedded Orleans silo.
/// </summary>
public sealed class SignalTests : IDisposable
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    // Generous on a shared, loaded machine; the promise is 2 s and the process ends itself after 1.5 s of grace.
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(10);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(SigInt, ExitCodes.Interrupted, "inproc")]
    [InlineData(SigTerm, ExitCodes.Terminated, "inproc")]
    [InlineData(SigInt, ExitCodes.Interrupted, "orleans")]
    [InlineData(SigTerm, ExitCodes.Terminated, "orleans")]
    public async Task Run_SignalWhileWritingATrace_ExitsWithTheSignalsCodeAndLeavesNoTemporaryFile(int signal, int expected, string engine)
    {
        var trace = _temp["t.jsonl"];
        using var cli = CliProcess.Start(_temp.Path, "run", RepoPaths.Scenario("korea-desk-wanted.yaml"), "--engine", engine,
            "--runs", "100000", "--trace", "jsonl:" + trace, "--quiet", "--format", "json");

        // Wait until spans are being written: the run is under way and its temporary file exists.
        var temporary = _temp[$".t.jsonl.{cli.Id}.tmp"];
        var waited = 0;
        while (!(File.Exists(temporary) && new FileInfo(temporary).Length > 0))
        {
            Assert.True(waited < 120_000, $"the run did not start writing its trace in 2 minutes; stderr: {cli.Error}");
            Assert.True(!cli.WaitForExit(TimeSpan.Zero), $"the run ended before the signal; stderr: {cli.Error}");
            await Task.Delay(100);
            waited += 100;
        }

        cli.Signal(signal);
        Assert.True(cli.WaitForExit(StopDeadline), "the process did not stop after the signal");
        Assert.Equal(expected, cli.ExitCode);
        var lines = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(signal == SigInt ? "coopsim: stopped (SIGINT)" : "coopsim: stopped (SIGTERM)", Assert.Single(lines, l => l.StartsWith("coopsim: stopped", StringComparison.Ordinal)));
        Assert.DoesNotContain("Unhandled", cli.Error);
        Assert.Empty(_temp.LeftoverTemporaries());
        Assert.False(File.Exists(trace), "a stopped run must not leave a half-written trace");
        Assert.Equal("", cli.Out);
    }

    [Theory]
    [InlineData(SigInt, ExitCodes.Interrupted, "SIGINT")]
    [InlineData(SigTerm, ExitCodes.Terminated, "SIGTERM")]
    public void Serve_Signal_StopsTheServerWithTheSignalsCode(int signal, int expected, string name)
    {
        using var cli = CliProcess.Start(RepoPaths.Root, "serve", "scenarios/korea-desk-wanted.yaml", "--port", "0");
        var waited = 0;
        while (!cli.Out.Contains("Workshop for", StringComparison.Ordinal))
        {
            Assert.True(waited < 120_000, $"the server did not start in 2 minutes; stderr: {cli.Error}");
            Assert.False(cli.WaitForExit(TimeSpan.Zero), $"the server ended by itself; stderr: {cli.Error}");
            Thread.Sleep(100);
            waited += 100;
        }

        cli.Signal(signal);
        Assert.True(cli.WaitForExit(StopDeadline), $"serve did not stop after {name}");
        Assert.Equal(expected, cli.ExitCode);
        Assert.Contains($"coopsim: stopped ({name})", cli.Error);
    }

    [Fact]
    public void Run_SignalWhileBlockedOpeningAFifo_EndsAfterTheGraceWithItsCode()
    {
        // Opening a FIFO nobody reads blocks outside any cancellable wait: the grace period must end the process.
        var fifo = _temp["fifo"];
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        using var cli = CliProcess.Start(_temp.Path, "run", RepoPaths.Scenario("korea-desk-wanted.yaml"), "--engine", "inproc", "--runs", "5", "--out", fifo);
        Thread.Sleep(TimeSpan.FromSeconds(3));
        Assert.False(cli.WaitForExit(TimeSpan.Zero), $"the run should be blocked on the FIFO; stderr: {cli.Error}");
        cli.Signal(SigTerm);
        Assert.True(cli.WaitForExit(StopDeadline), "the process did not end after the grace period");
        Assert.Equal(ExitCodes.Terminated, cli.ExitCode);
        Assert.Contains("coopsim: stopped (SIGTERM)", cli.Error);
    }
}
