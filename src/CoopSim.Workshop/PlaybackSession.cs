using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;

namespace CoopSim.Workshop;

/// <summary>
/// The workshop's playback: a simulated clock that runs at <see cref="Speed"/> simulated seconds per real
/// second while playing, and the events the page needs as the clock passes them. The real clock paces the
/// show only; the simulation itself never reads it. Late viewers get the history so far.
/// </summary>
public sealed class PlaybackSession : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly object _gate = new();
    private readonly ITimelineSource _source;
    private readonly List<string> _history = [];
    private readonly List<Channel<string>> _viewers = [];
    private readonly HashSet<string> _reachedAgencies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reachedCountries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cut = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _clockMs;
    private long _emittedUpToMs = -1;

    public PlaybackSession(ITimelineSource source, double speed)
    {
        _source = source;
        Speed = speed;
        _loop = Task.Run(RunAsync);
    }

    public ITimelineSource Source => _source;
    public double Speed { get; private set; }
    public bool Playing { get; private set; }
    public long ClockMs => Interlocked.Read(ref _clockMs);
    public int ReachedAgencies { get { lock (_gate) return _reachedAgencies.Count; } }

    public ChannelReader<string> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            channel.Writer.TryWrite(Event("state", State()));
            foreach (var message in _history) channel.Writer.TryWrite(message);
            _viewers.Add(channel);
        }

        unsubscribe = () =>
        {
            lock (_gate) _viewers.Remove(channel);
            channel.Writer.TryComplete();
        };
        return channel.Reader;
    }

    public void Play() => Change(() => Playing = true);

    public void Pause() => Change(() => Playing = false);

    public void SetSpeed(double speed) => Change(() => Speed = Math.Clamp(speed, 1, 10_000_000));

    /// <summary>Jumps to the next moment something happens, and shows it.</summary>
    public void Step() => Change(() =>
    {
        Playing = false;
        var next = _source.Hops.SelectMany(Moments).Where(t => t > _emittedUpToMs).DefaultIfEmpty(-1).Min();
        if (next >= 0) AdvanceTo(next);
    });

    public void Restart() => Change(() =>
    {
        Playing = false;
        _history.Clear();
        _reachedAgencies.Clear();
        _reachedCountries.Clear();
        Interlocked.Exchange(ref _clockMs, 0);
        _emittedUpToMs = -1;
        Broadcast("reset", new { });
        foreach (var channel in _cut) Broadcast("cut", new { channel });
        AdvanceTo(0);
    });

    public bool Cut(string channel)
    {
        var ok = false;
        Change(() =>
        {
            ok = _source.Cut(channel, _clockMs + 1);
            if (!ok) return;
            _cut.Add(channel);
            Broadcast("cut", new { channel });
            Broadcast("narrate", new { text = $"{Narrator.Clock(_clockMs, _source.World.Channels.First(c => c.Id == channel).From, _source.World, _source.Epoch)} — the trainer cuts {channel}" });
        });
        return ok;
    }

    public string? Inject(string origin, string kind)
    {
        string? id = null;
        Change(() => id = _source.Inject(origin, kind, _clockMs + 1));
        return id;
    }

    public object State() => new
    {
        clockMs = ClockMs,
        epoch = _source.Epoch.ToUnixTimeMilliseconds(),
        playing = Playing,
        speed = Speed,
        reachedAgencies = _reachedAgencies.Count,
        reachedCountries = _reachedCountries.Count,
        canChange = _source.CanChange,
        cut = _cut.ToArray(),
    };

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation.
        }

        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        var watch = Stopwatch.StartNew();
        var last = watch.Elapsed;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        lock (_gate) AdvanceTo(0);
        while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
        {
            var now = watch.Elapsed;
            var real = (now - last).TotalSeconds;
            last = now;
            lock (_gate)
            {
                if (!Playing) continue;
                AdvanceTo(ClockMs + (long)(real * Speed * 1000));
                Broadcast("state", State(), remember: false);
            }
        }
    }

    private void Change(Action change)
    {
        lock (_gate)
        {
            change();
            Broadcast("state", State(), remember: false);
        }
    }

    /// <summary>Moves the clock and emits every send and every "can act" it passes, in time order.</summary>
    private void AdvanceTo(long clockMs)
    {
        Interlocked.Exchange(ref _clockMs, clockMs);
        var due = new List<(long At, int Order, TimelineHop Hop, bool Act)>();
        foreach (var hop in _source.Hops)
        {
            if (hop.SentMs > _emittedUpToMs && hop.SentMs <= clockMs && hop.Outcome != "issued") due.Add((hop.SentMs, 0, hop, false));
            var actAt = hop.Outcome is "delivered" or "issued" ? hop.ActMs : hop.Outcome is "lost" or "dropped-by-outage" ? hop.SentMs : hop.ArrivedMs;
            if (actAt > _emittedUpToMs && actAt <= clockMs) due.Add((actAt, 1, hop, true));
        }

        foreach (var (_, _, hop, act) in due.OrderBy(d => d.At).ThenBy(d => d.Order).ThenBy(d => d.Hop.Id))
        {
            if (!act)
            {
                Broadcast("hop", hop);
                continue;
            }

            if (hop.Outcome is "delivered" or "issued")
            {
                _reachedAgencies.Add(hop.Alert + "|" + hop.To);
                if (_source.World.CountryOf(hop.To) is { } country) _reachedCountries.Add(hop.Alert + "|" + country);
            }

            Broadcast("act", new
            {
                hop.Id,
                hop.Alert,
                hop.To,
                hop.Channel,
                hop.Outcome,
                text = Narrator.Describe(hop, _source.World, _source.Epoch),
                reachedAgencies = _reachedAgencies.Count,
                reachedCountries = _reachedCountries.Count,
            });
        }

        _emittedUpToMs = Math.Max(_emittedUpToMs, clockMs);
    }

    private static IEnumerable<long> Moments(TimelineHop hop) =>
        hop.Outcome == "issued" ? [hop.ActMs] : hop.Outcome == "delivered" ? [hop.SentMs, hop.ActMs] : [hop.SentMs, Math.Max(hop.SentMs, hop.ArrivedMs)];

    private void Broadcast(string type, object payload, bool remember = true)
    {
        var message = Event(type, payload);
        if (remember) _history.Add(message);
        foreach (var viewer in _viewers) viewer.Writer.TryWrite(message);
    }

    private static string Event(string type, object payload) => $"event: {type}\ndata: {JsonSerializer.Serialize(payload, Json)}\n\n";
}
