namespace CoopSim.Orleans.Hosting;

/// <summary>
/// Set when Orleans finds the silo cannot go on (the cluster declared it dead after it was cut off from the others, a
/// newer copy of it joined): <c>coopsim silo</c> then stops its host and leaves with one line, instead of Orleans'
/// default of printing the stack and aborting the process.
/// </summary>
internal sealed class SiloFatalSignal
{
    private readonly TaskCompletionSource<string> _reason = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with a one-line reason.</summary>
    public Task<string> Reason => _reason.Task;

    public void Raise(string? context, Exception? exception)
    {
        var reason = context is not null && context.Contains("dead", StringComparison.OrdinalIgnoreCase)
            ? "the other silos declared this silo dead (it could not reach them, or they it, for longer than their probes allow)"
            : $"Orleans stopped it ({OrleansConnection.FirstLine(exception?.GetBaseException().Message ?? context ?? "a fatal error")})";
        _reason.TrySetResult(reason);
    }
}
