using System.CommandLine;
using CoopSim.Cli.Engines;
using CoopSim.Workshop;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim serve [SCENARIO]</c>: the live workshop page for a scenario, on 127.0.0.1.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string?>("scenario")
        {
            Description = "The scenario to show. Default: scenarios/korea-desk-wanted.yaml here, else the one shipped with coopsim.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var port = new Option<int>("--port", "-p") { Description = "Port (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var speed = new Option<double>("--speed") { Description = "Simulated seconds per real second.", DefaultValueFactory = _ => 3600 };
        var host = new Option<string>("--host") { Description = "Address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var isPublic = new Option<bool>("--public") { Description = "Allow a non-loopback address: the page is then reachable from other machines." };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Seed (default: the scenario's)." };
        var engine = EngineOption.Create();
        var command = new Command("serve", "Show alerts spreading, live, in a browser page trainers can steer.") { scenario, port, speed, host, isPublic, seed, engine };
        command.SetAction(async (parse, ct) =>
        {
            var options = new WorkshopOptions(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(speed), parse.GetValue(isPublic));
            if (BindAddressGuard.Problem(options.Host, options.Public) is { } problem) throw new CliException($"coopsim: error: {problem}");
            var model = ScenarioInput.TryLoad(DefaultInputs.StarterScenario(parse.GetValue(scenario)), context);
            if (model is null) return ExitCodes.BadInput;
            // The first replication (and on Orleans the silo) comes before the address: say so, rather than seconds of nothing.
            context.Out.MarkupLine($"Starting the workshop for [bold]{Markup.Escape(model.Name)}[/]: simulating its first run…");
            var simulation = EngineFactory.Create(parse.GetValue(engine)!, null, false, context.Error);
            var source = new SimulatedTimeline(model, parse.GetValue(seed) ?? model.Run.Seed, simulation);
            return await WorkshopHost.ServeAsync(source, options, model.Name, context, ct);
        });
        return command;
    }
}
