using CoopSim.Cli;
using CoopSim.Cli.Engines;
using CoopSim.Orleans.Hosting;

var context = CliContext.ForConsole();
using var signals = TerminationSignals.Install(context.Error);
var code = await CliApplication.RunAsync(args, context, signals.Token, () => TerminationSignals.StopLine(signals.ExitCode ?? ExitCodes.Interrupted));

// The embedded silo and the clients of --cluster (if a command started them) leave with the process, gracefully;
// after a signal the process is on its way out within the signal's grace period anyway.
if (signals.ExitCode is null)
{
    await EngineFactory.StopClustersAsync();
    await EmbeddedSilo.StopAsync();
}
return signals.Finish(code, commandPrintedStop: code == ExitCodes.Cancelled);
