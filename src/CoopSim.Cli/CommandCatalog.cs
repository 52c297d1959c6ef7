using System.CommandLine;
using CoopSim.Cli.Commands;

namespace CoopSim.Cli;

/// <summary>The `coopsim` command tree. Each command lives in its own file under Commands/.</summary>
internal static class CommandCatalog
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("CoopSim: how far and how fast law-enforcement alerts spread between agencies.");
        root.Subcommands.Add(RunCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ScenariosCommand.Create(context));
        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(NetworkCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(TraceCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(ReplayCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(SiloCommand.Create(context));
        root.Subcommands.Add(BenchEnginesCommand.Create(context));
        root.Subcommands.Add(BenchClusterCommand.Create(context));
        root.Subcommands.Add(SweepCommand.Create(context));
        root.Subcommands.Add(AdviseCommand.Create(context));
        root.Subcommands.Add(SensitivityCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));
        return root;
    }
}
