using CoopSim.Cli;

var context = CliContext.ForConsole();
using var signals = TerminationSignals.Install(context.Error);
var code = await CliApplication.RunAsync(args, context, signals.Token, () => TerminationSignals.StopLine(signals.ExitCode ?? ExitCodes.Interrupted));
return signals.Finish(code, commandPrintedStop: code == ExitCodes.Cancelled);
