using System.Diagnostics;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Helper threads that stay with one replication's window loop and run each phase's work beside the calling
/// thread. A window holds a few hundred microseconds of work and there are a thousand of them, so handing each
/// phase to the thread pool cost more than the phase gained: waking a sleeping pool thread takes tens of
/// microseconds, twice a window (measured: two workers used 1.5 times the CPU of one and gained only 1.24×).
/// Between phases a helper spins for a short while (the next phase usually comes within microseconds), then
/// sleeps until woken, so a helper that has nothing to do stops taking a core.
/// </summary>
internal sealed class WindowHelpers : IDisposable
{
    /// <summary>How long an idle helper spins before it sleeps: longer than the serial part between two phases.</summary>
    private static readonly long SpinTicks = Stopwatch.Frequency / 5_000;

    private readonly Thread[] _threads;
    private readonly object _gate = new();
    private Action<int> _work = static _ => { };
    private int _generation;
    private int _pending;
    private int _sleepers;
    private volatile bool _stopping;
    private Exception? _failure;

    public WindowHelpers(int helpers)
    {
        _threads = new Thread[helpers];
        for (var i = 0; i < helpers; i++)
        {
            var worker = i + 1;
            _threads[i] = new Thread(() => Loop(worker)) { IsBackground = true, Name = "coopsim-window" };
            _threads[i].Start();
        }
    }

    public int Count => _threads.Length;

    /// <summary>
    /// Runs <paramref name="work"/> on this thread as worker 0 and on every helper as workers 1 and up, and returns
    /// when all have finished it.
    /// </summary>
    public void Run(Action<int> work)
    {
        _work = work;
        Volatile.Write(ref _pending, _threads.Length);
        // A full fence: a helper about to sleep either sees the new generation or is counted among the sleepers.
        Interlocked.Increment(ref _generation);
        if (Volatile.Read(ref _sleepers) > 0)
            lock (_gate) Monitor.PulseAll(_gate);

        work(0);
        var spinner = new SpinWait();
        while (Volatile.Read(ref _pending) > 0) spinner.SpinOnce(sleep1Threshold: -1);
        if (_failure is { } failure)
        {
            _failure = null;
            throw new InvalidOperationException("A window helper failed.", failure);
        }
    }

    private void Loop(int worker)
    {
        var seen = 0;
        while (true)
        {
            seen = WaitForPhase(seen);
            if (_stopping) return;
            try
            {
                _work(worker);
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref _failure, ex, null);
            }

            Interlocked.Decrement(ref _pending);
        }
    }

    private int WaitForPhase(int seen)
    {
        var spinner = new SpinWait();
        var since = Stopwatch.GetTimestamp();
        while (Volatile.Read(ref _generation) == seen && !_stopping)
        {
            if (Stopwatch.GetTimestamp() - since < SpinTicks)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
                continue;
            }

            lock (_gate)
            {
                Interlocked.Increment(ref _sleepers);
                while (Volatile.Read(ref _generation) == seen && !_stopping) Monitor.Wait(_gate);
                Interlocked.Decrement(ref _sleepers);
            }
        }

        return Volatile.Read(ref _generation);
    }

    public void Dispose()
    {
        _stopping = true;
        lock (_gate) Monitor.PulseAll(_gate);
        foreach (var thread in _threads) thread.Join();
    }
}
