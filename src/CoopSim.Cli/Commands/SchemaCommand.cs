using System.CommandLine;
using CoopSim.Scenarios.Schema;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim schema world|scenario|candidates</c>: prints the JSON Schema that editors use to complete and
/// check the YAML files (schemas/ holds the same text; a test keeps them equal).
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "world, scenario or candidates." };
        kind.AcceptOnlyFromAmong("world", "scenario", "candidates");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout (written whole, or not at all)." };
        var command = new Command("schema", "Print the JSON Schema of world, scenario or candidates files (for editors).") { kind, output };
        command.SetAction(parse =>
        {
            var schemaKind = Enum.Parse<SchemaKind>(parse.GetValue(kind)!, ignoreCase: true);
            CommandOutput.Write(context, parse.GetValue(output), SchemaDocument.ToJson(schemaKind), _ => { });
            return ExitCodes.Ok;
        });
        return command;
    }
}
