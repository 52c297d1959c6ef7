using System.Diagnostics;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Helper threads that run each phase of a window loop beside the calling thread. A window holds a few hundred
/// microseconds of work and there are a thousand of them, so handing each phase to the thread pool cost more
/// than the phase gained: waking a sleeping pool thread takes tens of microseconds, twice a window (measured:
/// two workers used 1.5 times the CPU of one and gained only 1.24×). Between phases a helper spins for a short
/// while (the next phase usually comes within microseconds), then sleeps until woken, so a helper with nothing
/// to do stops taking a core; after a second asleep it ends, and the next phase starts it again.
/// So a kernel keeps its helpers from one replication to the next (starting a thread per replication cost
/// 0.7 ms, more than a small world's replication) and leaves no thread behind when it is dropped.
/// </summary>
internal sealed class WindowHelpers : IDisposable
{
    /// <summary>How long an idle helper spins before it sleeps: longer than the serial part between two phases.</summary>
    private static readonly long SpinTicks = Stopwatch.Frequency / 5_000;

    /// <summary>How long a helper sleeps without a phase before it ends, unless the constructor says otherwise.</summary>
    internal static readonly TimeSpan DefaultIdleExit = TimeSpan.FromSeconds(1);

    private readonly TimeSpan _idleExit;

    private readonly object _gate = new();

    /// <summary>Whether helper i (worker i + 1) has a thread; changed only under <see cref="_gate"/>.</summary>
    private readonly bool[] _running;
    private Action<int> _work = static _ => { };
    private int _generation;
    private int _pending;
    private int _sleepers;
    private volatile bool _stopping;
    private Exception? _failure;

    public WindowHelpers(int helpers, TimeSpan? idleExit = null)
    {
        _running = new bool[helpers];
        _idleExit = idleExit ?? DefaultIdleExit;
    }

    /// <summary>Threads started so far (a helper that ended on idleness and started again counts twice).</summary>
    internal int ThreadsStarted { get; private set; }

    /// <summary>
    /// Runs <paramref name="work"/> on this thread as worker 0 and on every helper as workers 1 and up, and returns
    /// when all have finished it.
    /// </summary>
    public void Run(Action<int> work)
    {
        ObjectDisposedException.ThrowIf(_stopping, this);
        _work = work;
        // Under the gate: a helper about to end on idleness either sees the new generation or has already marked
        // itself stopped, and is started again here; a helper about to sleep is counted among the sleepers.
        lock (_gate)
        {
            for (var i = 0; i < _running.Length; i++)
                if (!_running[i]) Start(i);
            _pending = _running.Length;
            _generation++;
            if (_sleepers > 0) Monitor.PulseAll(_gate);
        }

        work(0);
        var spinner = new SpinWait();
        while (Volatile.Read(ref _pending) > 0) spinner.SpinOnce(sleep1Threshold: -1);
        if (_failure is { } failure)
        {
            _failure = null;
            throw new InvalidOperationException("A window helper failed.", failure);
        }
    }

    private void Start(int helper)
    {
        _running[helper] = true;
        ThreadsStarted++;
        var seen = _generation;
        new Thread(() => Loop(helper, seen)) { IsBackground = true, Name = "coopsim-window" }.Start();
    }

    private void Loop(int helper, int seen)
    {
        while (true)
        {
            if (!WaitForPhase(helper, ref seen)) return;
            try
            {
                _work(helper + 1);
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref _failure, ex, null);
            }

            Interlocked.Decrement(ref _pending);
        }
    }

    /// <summary>Waits for the generation after <paramref name="seen"/>; false when this helper ends instead.</summary>
    private bool WaitForPhase(int helper, ref int seen)
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
                _sleepers++;
                var woken = true;
                while (_generation == seen && !_stopping && woken) woken = Monitor.Wait(_gate, _idleExit);
                _sleepers--;
                if (_generation == seen || _stopping)
                {
                    _running[helper] = false;
                    return false;
                }
            }
        }

        if (_stopping) return false;
        seen = Volatile.Read(ref _generation);
        return true;
    }

    /// <summary>Ends the helpers now rather than when they have been idle long enough.</summary>
    public void Dispose()
    {
        _stopping = true;
        lock (_gate) Monitor.PulseAll(_gate);
    }
}
