using System.CommandLine;
using CoopSim.Studies.Output;
using CoopSim.Cli.Rendering;
using CoopSim.Scenarios;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim network [WORLD]</c>: the agencies and channels of a world (or of a scenario's changed world).</summary>
internal static class NetworkCommand
{
    public static Command Create(CliContext context)
    {
        var world = new Argument<string?>("world")
        {
            Description = "A world folder or file, or a scenario. Default: ./seeds, else the world shipped with coopsim.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format", "-f") { Description = "table, dot (Graphviz) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "dot", "json");
        var command = new Command("network", "List the agencies and channels of a world.") { world, format };
        command.SetAction(parse =>
        {
            var path = DefaultInputs.World(parse.GetValue(world));
            var loaded = Directory.Exists(path) || InputLooksLikeWorld(path)
                ? WorldLoader.Load(path)
                : ScenarioLoader.Load(path) is var s ? new LoadResult<Model.World.WorldModel>(s.Value?.World, s.Diagnostics) : null;
            foreach (var diagnostic in loaded!.Diagnostics) context.Error.WriteLine(diagnostic.ToString());
            if (!loaded.Succeeded) return ExitCodes.BadInput;
            var model = loaded.Value!;
            switch (parse.GetValue(format))
            {
                case "dot":
                    context.RawOut.Write(NetworkDotWriter.ToDot(model));
                    break;
                case "json":
                    context.RawOut.Write(NetworkJsonWriter.ToJson(model));
                    break;
                default:
                    NetworkTableRenderer.Render(context.Out, model);
                    break;
            }

            context.RawOut.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool InputLooksLikeWorld(string path)
    {
        if (!File.Exists(path)) return false;
        return InputValidator.Validate(path).What == "world file";
    }
}
