namespace CoopSim.Orleans.Hosting;

/// <summary>
/// A token that is cancelled when the cluster loses a gateway, then renewed. Calls started before the
/// change watch it, so a call that went to a killed silo is abandoned and re-run at once instead of
/// waiting for a response that will never come.
/// </summary>
public sealed class ClusterChangeSignal
{
    private CancellationTokenSource _current = new();

    public CancellationToken Token => Volatile.Read(ref _current).Token;

    public void Raise()
    {
        var old = Interlocked.Exchange(ref _current, new CancellationTokenSource());
        old.Cancel();
    }
}
