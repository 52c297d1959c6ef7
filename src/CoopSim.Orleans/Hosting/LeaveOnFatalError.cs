namespace CoopSim.Orleans.Hosting;

/// <summary>
/// Replaces Orleans' fatal error handler in <c>coopsim silo</c>: Orleans' own prints the exception and the current
/// stack and calls <see cref="Environment.FailFast(string)"/> (exit −6, about 100 lines, on a silo cut off by a network
/// partition); this one hands the reason to <see cref="SiloFatalSignal"/>, and the silo stops and leaves.
/// </summary>
internal sealed class LeaveOnFatalError(SiloFatalSignal signal) : IFatalErrorHandler
{
    public bool IsUnexpected(Exception exception) => exception is not ThreadAbortException;

    public void OnFatalException(object? sender = null, string? context = null, Exception? exception = null) => signal.Raise(context, exception);
}
