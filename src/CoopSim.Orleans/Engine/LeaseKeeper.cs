namespace CoopSim.Orleans.Engine;

/// <summary>
/// Keeps a run's lease on its slot grains while the run lasts: <paramref name="keep"/> every <paramref name="period"/>,
/// on a timer of its own, so a client busy merging blocks still keeps it. Disposing stops it.
/// </summary>
internal sealed class LeaseKeeper(Action keep, TimeSpan period) : IDisposable
{
    private readonly Timer _timer = new(_ => keep(), null, period, period);

    public void Dispose() => _timer.Dispose();
}
