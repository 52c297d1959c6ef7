using CoopSim.Files;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Telemetry.Tests;

public sealed class JsonLinesExporterTests
{
    private static readonly ReplicationTrace OneIssue = new(0, DateTimeOffset.UnixEpoch, [new AlertIssue("W-1", "kr.knpa", 0)], []);

    [Fact]
    public void Dispose_AfterSuccess_MovesTheFileIntoPlaceOnlyAtTheEnd()
    {
        var folder = Directory.CreateTempSubdirectory("coopsim-jsonl-");
        var path = Path.Combine(folder.FullName, "t.jsonl");
        try
        {
            using (var session = TelemetrySession.Start([$"jsonl:{path}"], TelemetryRun.Load("korea-desk-wanted.yaml"), TraceTimeMode.Simulated, TextWriter.Null))
            {
                session.Observer.OnReplication(OneIssue);
                Assert.False(File.Exists(path));
            }

            Assert.Equal(["t.jsonl"], folder.GetFiles().Select(f => f.Name));
            Assert.Single(TraceFile.Read(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Dispose_AfterAbandon_LeavesNoFileBehind()
    {
        var folder = Directory.CreateTempSubdirectory("coopsim-jsonl-");
        var path = Path.Combine(folder.FullName, "t.jsonl");
        try
        {
            using (var session = TelemetrySession.Start([$"jsonl:{path}"], TelemetryRun.Load("korea-desk-wanted.yaml"), TraceTimeMode.Simulated, TextWriter.Null))
            {
                session.Observer.OnReplication(OneIssue);
                session.Abandon();
            }

            Assert.Empty(folder.GetFiles());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Start_JsonLinesInMissingFolder_FailsWithOneLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-folder-{Guid.NewGuid():N}", "t.jsonl");
        var ex = Assert.Throws<OutputFileException>(() =>
            TelemetrySession.Start([$"jsonl:{path}"], TelemetryRun.Load("korea-desk-wanted.yaml"), TraceTimeMode.Simulated, TextWriter.Null));
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Equal($"{path}: error: the folder {Path.GetDirectoryName(path)} does not exist", ex.Message);
    }

    [Fact]
    public void Start_SecondTargetInMissingFolder_RemovesTheFirstTargetsTemporaryFile()
    {
        var folder = Directory.CreateTempSubdirectory("coopsim-jsonl-");
        try
        {
            var good = Path.Combine(folder.FullName, "a.jsonl");
            var bad = Path.Combine(folder.FullName, "missing", "b.jsonl");
            Assert.Throws<OutputFileException>(() =>
                TelemetrySession.Start([$"jsonl:{good}", $"jsonl:{bad}"], TelemetryRun.Load("korea-desk-wanted.yaml"), TraceTimeMode.Simulated, TextWriter.Null));
            Assert.Empty(folder.GetFiles());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
