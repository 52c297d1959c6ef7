using System.Diagnostics;
using CoopSim.Orleans.Abstractions;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// Ends a run's slot grain when its client is gone (killed mid-run, its machine lost), and stops the block it is running.
/// A client in another process keeps a lease (<see cref="RunSpec.KeepsLease"/>): a keep a second to every slot it called.
/// When no keep has come for <see cref="IdleLimit"/>, the block running is cancelled, a block queued behind it waits at
/// most <see cref="RenewalWait"/> for a keep before it gives up, and the slot ends, freeing what it holds (the
/// coordinator its agency grains). Only keeps renew the lease, not calls: a call may have waited in the grain's queue
/// since before its client died. A client that was only paused (a long collection, a frozen process) renews as soon as
/// it runs again; what the lapse stopped is run again, since blocks are pure functions of their range. Without a
/// lease (a silo in the client's own process) the slot ends when no call has run or started for <see cref="IdleLimit"/>.
/// </summary>
internal sealed class AbandonedRunWatch(IGrainBase grain, Func<Task> end)
{
    /// <summary>Five keeps' periods: far beyond the gap between a live client's keeps, short enough that silos soon forget a dead one.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromSeconds(5);

    /// <summary>How long a call that starts after a lapse waits for a keep: two periods of the client's keeps.</summary>
    public static readonly TimeSpan RenewalWait = TimeSpan.FromSeconds(2);

    /// <summary>How often the client keeps its lease.</summary>
    public static readonly TimeSpan KeepPeriod = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Check = TimeSpan.FromSeconds(1);

    private readonly Stopwatch _sinceRenewal = Stopwatch.StartNew();
    private CancellationTokenSource _lapse = new();
    private TaskCompletionSource _renewed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _leased;
    private int _running;
    private IGrainTimer? _timer;

    /// <summary>
    /// A call of the run starts (dispose what this returns when it ends): its token is the caller's, cancelled also when
    /// the lease lapses. A call after a lapse waits for a keep and fails when none comes.
    /// </summary>
    public async Task<RunningCall> StartAsync(bool leased, CancellationToken callerToken)
    {
        Watch();
        _leased |= leased;
        if (!_leased) Renew();
        if (_lapse.IsCancellationRequested)
        {
            try
            {
                await _renewed.Task.WaitAsync(RenewalWait, callerToken);
            }
            catch (TimeoutException)
            {
                throw new OperationCanceledException("the run's client stopped keeping its lease: it is gone");
            }
        }

        _running++;
        return new RunningCall(this, CancellationTokenSource.CreateLinkedTokenSource(callerToken, _lapse.Token));
    }

    /// <summary>The client kept its lease (a keep reached the slot).</summary>
    public void Keep()
    {
        Watch();
        _leased = true;
        Renew();
    }

    private void Watch() =>
        // Interleaved: the check runs while a block runs, so a lapse can stop it.
        _timer ??= grain.RegisterGrainTimer(CheckAsync, new GrainTimerCreationOptions(Check, Check) { Interleave = true });

    private void Renew()
    {
        _sinceRenewal.Restart();
        if (_lapse.IsCancellationRequested)
        {
            _lapse.Dispose();
            _lapse = new CancellationTokenSource();
        }

        _renewed.TrySetResult();
        _renewed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private void Ended()
    {
        _running--;
        if (!_leased) Renew();
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        // Without a lease a call running is a live client; with one only keeps are.
        if (_sinceRenewal.Elapsed < IdleLimit || (!_leased && _running > 0)) return;
        if (!_lapse.IsCancellationRequested) _lapse.Cancel();
        // The stopped block unwinds first; the slot ends at a later check.
        if (_running > 0) return;
        _timer?.Dispose();
        _timer = null;
        await end();
    }

    /// <summary>A call under way: its token, and its end (dispose).</summary>
    public sealed class RunningCall(AbandonedRunWatch watch, CancellationTokenSource token) : IDisposable
    {
        public CancellationToken Token => token.Token;

        public void Dispose()
        {
            token.Dispose();
            watch.Ended();
        }
    }
}
