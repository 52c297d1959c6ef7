using CoopSim.Cli;

var context = CliContext.ForConsole();
return await CliApplication.RunAsync(args, context);
