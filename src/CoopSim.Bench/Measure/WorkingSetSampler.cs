using System.Diagnostics;

namespace CoopSim.Bench.Measure;

/// <summary>
/// The largest working set of this process seen while it runs, sampled every 20 ms on a thread of its own:
/// a process's own peak counter cannot be reset, so it cannot tell one phase's peak from an earlier one's.
/// </summary>
public sealed class WorkingSetSampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stopped;
    private long _peak;

    public WorkingSetSampler()
    {
        _thread = new Thread(Sample) { IsBackground = true, Name = "coopsim-bench-sampler" };
        _thread.Start();
    }

    /// <summary>Stops sampling and returns the largest working set seen, in bytes.</summary>
    public long Stop()
    {
        _stopped = true;
        _thread.Join();
        return _peak;
    }

    public void Dispose()
    {
        if (!_stopped) Stop();
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        while (true)
        {
            process.Refresh();
            _peak = Math.Max(_peak, process.WorkingSet64);
            if (_stopped) return;
            Thread.Sleep(20);
        }
    }
}
