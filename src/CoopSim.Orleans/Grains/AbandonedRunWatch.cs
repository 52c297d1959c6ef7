using System.Diagnostics;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// Ends a run's slot grain when its client stops calling (killed mid-run, its machine lost): while a run lasts its
/// client keeps every slot busy (two blocks in flight each, a block being well under a second of work), so a slot
/// that no call has reached for <see cref="IdleLimit"/> is abandoned, and ending it frees what it holds (the
/// coordinator its agency grains, each a host per lane). A slot ended while its client still lives (waiting on a
/// lost silo's block) only costs a reactivation on the next call: blocks are pure functions of their range.
/// </summary>
internal sealed class AbandonedRunWatch(IGrainBase grain, Func<Task> end)
{
    /// <summary>Far beyond the gap between a live client's calls to one slot, and short enough that silos soon forget a dead one.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Check = TimeSpan.FromSeconds(1);

    private readonly Stopwatch _idle = new();
    private int _calls;
    private int _seen;
    private IGrainTimer? _timer;

    /// <summary>A call of the run reached the slot; the first one starts the watch.</summary>
    public void Called()
    {
        _calls++;
        // Not interleaved: the grain is not reentrant, so the check runs only between calls, and a check that finds
        // a call since the last one starts the idle clock again (a long block is not idleness).
        _timer ??= grain.RegisterGrainTimer(EndIfAbandonedAsync, new GrainTimerCreationOptions(Check, Check));
    }

    private async Task EndIfAbandonedAsync(CancellationToken cancellationToken)
    {
        if (_seen != _calls || !_idle.IsRunning)
        {
            _seen = _calls;
            _idle.Restart();
            return;
        }

        if (_idle.Elapsed < IdleLimit) return;
        _timer?.Dispose();
        _timer = null;
        await end();
    }
}
