using System.CommandLine;
using CoopSim.Scenarios;
using CoopSim.Telemetry;
using CoopSim.Workshop;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim replay t.jsonl</c>: the workshop page for a trace recorded before the workshop.</summary>
internal static class ReplayCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A JSON-lines trace from run --trace jsonl:PATH." };
        var world = new Option<string>("--world") { Description = "The world to draw the map from.", DefaultValueFactory = _ => "seeds" };
        var replication = new Option<int>("--replication", "-r") { Description = "Which replication to replay.", DefaultValueFactory = _ => 0 };
        var port = new Option<int>("--port", "-p") { Description = "Port (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var speed = new Option<double>("--speed") { Description = "Simulated seconds per real second.", DefaultValueFactory = _ => 3600 };
        var host = new Option<string>("--host") { Description = "Address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var isPublic = new Option<bool>("--public") { Description = "Allow a non-loopback address." };
        var command = new Command("replay", "Serve the workshop page from a recorded trace.") { file, world, replication, port, speed, host, isPublic };
        command.SetAction(async (parse, ct) =>
        {
            var options = new WorkshopOptions(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(speed), parse.GetValue(isPublic));
            IReadOnlyList<SpanRecord> spans;
            try
            {
                spans = TraceFile.Read(parse.GetValue(file)!);
            }
            catch (TraceFileException ex)
            {
                throw new CliException(ex.Message);
            }

            var loaded = WorldLoader.Load(parse.GetValue(world)!);
            foreach (var d in loaded.Diagnostics) context.Error.WriteLine(d.ToString());
            if (!loaded.Succeeded) return ExitCodes.BadInput;
            var source = new RecordedTimeline(spans, loaded.Value!, parse.GetValue(replication));
            return await WorkshopHost.ServeAsync(source, options, parse.GetValue(file)!, context, ct);
        });
        return command;
    }
}
