using CoopSim.Cli;
using CoopSim.Orleans.Hosting;

var context = CliContext.ForConsole();
try
{
    return await CliApplication.RunAsync(args, context);
}
finally
{
    // The embedded silo (if a command started one) leaves with the process, gracefully.
    await EmbeddedSilo.StopAsync();
}
