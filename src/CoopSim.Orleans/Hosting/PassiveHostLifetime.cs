using Microsoft.Extensions.Hosting;

namespace CoopSim.Orleans.Hosting;

/// <summary>
/// A host lifetime that leaves signals alone. The default console lifetime swallows SIGTERM and Ctrl-C to
/// stop the host itself; inside <c>coopsim run</c> the command line owns those signals, so a run on
/// Orleans stops (exit 130, nothing written) exactly as an in-process run does.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
