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
    private readonly ReachCounter _reach = new();
    private readonly HashSet<string> _cut = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _clockMs;
    private long _emittedUpToMs = -1;

    public PlaybackSession(ITimelineSource source, double speed)
    {
        _source = source;
        Speed = speed;

        // The origin's issue at time zero is shown before the loop starts, so that a control arriving first
        // (a step, an injection) can never be followed by a rewind to zero.
        lock (_gate) AdvanceTo(0);
        _loop = Task.Run(RunAsync);
    }

    public ITimelineSource Source => _source;
    public double Speed { get; private set; }
    public bool Playing { get; private set; }
    public long ClockMs => Interlocked.Read(ref _clockMs);
    public int ReachedAgencies { get { lock (_gate) return _reach.Agencies; } }

    public int ReachedCountries { get { lock (_gate) return _reach.Countries; } }

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

    public const double MinSpeed = 1;
    public const double MaxSpeed = 10_000_000;

    /// <summary>A finite speed within [<see cref="MinSpeed"/>, <see cref="MaxSpeed"/>]; NaN or ∞ would stop the clock for good.</summary>
    public static bool IsValidSpeed(double speed) => double.IsFinite(speed) && speed >= MinSpeed && speed <= MaxSpeed;

    public void SetSpeed(double speed)
    {
        if (!IsValidSpeed(speed)) throw new ArgumentOutOfRangeException(nameof(speed), speed, $"speed must be from {MinSpeed} to {MaxSpeed}");
        Change(() => Speed = speed);
    }

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
        _reach.Clear();
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

    /// <summary>The agencies the presenter names on its map (see <see cref="InvolvedAgencies"/>), for the timeline as it is now.</summary>
    public IReadOnlyList<string> Involved()
    {
        lock (_gate) return InvolvedAgencies.Of(_source, _cut);
    }

    public object State() => new
    {
        clockMs = ClockMs,
        epoch = _source.Epoch.ToUnixTimeMilliseconds(),
        playing = Playing,
        speed = Speed,
        reachedAgencies = _reach.Agencies,
        reachedCountries = _reach.Countries,
        perAlert = _reach.PerAlert(),
        canChange = _source.CanChange,
        cut = _cut.ToArray(),
        ended = Ended,
        end = Ended ? EndSlide.Of(_source.Scenario, _source.Hops, _source.World, _source.Epoch) : null,
    };

    /// <summary>True once the clock has passed the last send, arrival and "can act" of the timeline: the presenter shows its end slide.</summary>
    public bool Ended => _emittedUpToMs >= 0 && _emittedUpToMs >= LastMomentMs();

    private long LastMomentMs() => _source.Hops.SelectMany(Moments).DefaultIfEmpty(0).Max();

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
        while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
        {
            var now = watch.Elapsed;
            var real = (now - last).TotalSeconds;
            last = now;
            lock (_gate)
            {
                if (!Playing) continue;
                // Playback stops at the run's last event, so that the end slide's clocks show when the run ended.
                var next = ClockMs + (long)(real * Speed * 1000);
                var end = LastMomentMs();
                if (ClockMs <= end && next >= end)
                {
                    next = end;
                    Playing = false;
                }

                AdvanceTo(next);
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

    /// <summary>
    /// Moves the clock and emits, in simulated-time order, every send, every arrival and every "can act" it
    /// passes. A delivered copy is narrated when it arrives (saying when it can be acted on), so a later
    /// duplicate is never narrated before the copy that counts; the agency turns green when it can act.
    /// </summary>
    private void AdvanceTo(long clockMs)
    {
        Interlocked.Exchange(ref _clockMs, clockMs);
        var due = new List<(long At, int Order, TimelineHop Hop, Moment Moment)>();
        foreach (var hop in _source.Hops)
        {
            if (hop.SentMs > _emittedUpToMs && hop.SentMs <= clockMs && hop.Outcome != "issued") due.Add((hop.SentMs, 0, hop, Moment.Sent));
            var narrateAt = NarratedAt(hop);
            if (narrateAt > _emittedUpToMs && narrateAt <= clockMs) due.Add((narrateAt, 1, hop, Moment.Narrated));
            if (hop.Outcome == "delivered" && hop.ActMs > _emittedUpToMs && hop.ActMs <= clockMs) due.Add((hop.ActMs, 2, hop, Moment.CanAct));
        }

        foreach (var (_, _, hop, moment) in due.OrderBy(d => d.At).ThenBy(d => d.Order).ThenBy(d => d.Hop.Id))
        {
            if (moment == Moment.Sent)
            {
                Broadcast("hop", hop);
                continue;
            }

            // The issue is the origin's "can act" and its narration at once.
            var acts = moment == Moment.CanAct || hop.Outcome == "issued";
            if (acts) _reach.Add(hop.Alert, hop.To, _source.World.CountryOf(hop.To));
            Broadcast("act", new
            {
                hop.Id,
                hop.Alert,
                hop.To,
                hop.Channel,
                Outcome = moment == Moment.Narrated && hop.Outcome == "delivered" ? "arrived" : hop.Outcome,
                text = moment == Moment.Narrated ? Narrator.Describe(hop, _source.World, _source.Epoch) : null,
                reachedAgencies = _reach.Agencies,
                reachedCountries = _reach.Countries,
            });
        }

        _emittedUpToMs = Math.Max(_emittedUpToMs, clockMs);
    }

    /// <summary>
    /// When a hop is told. A duplicate is the copy that could be acted on later, though it may have arrived
    /// first (it sat in a queue while another copy overtook it), so it is told when it would have been acted
    /// on: always after the copy that counts.
    /// </summary>
    internal static long NarratedAt(TimelineHop hop) => hop.Outcome switch
    {
        "issued" => hop.ActMs,
        "lost" or "dropped-by-outage" => hop.SentMs,
        "duplicate" => Math.Max(hop.ArrivedMs, hop.ActMs),
        _ => hop.ArrivedMs,
    };

    private enum Moment
    {
        Sent,
        Narrated,
        CanAct,
    }

    private static IEnumerable<long> Moments(TimelineHop hop) =>
        hop.Outcome == "issued" ? [hop.ActMs] : hop.Outcome == "delivered" ? [hop.SentMs, hop.ArrivedMs, hop.ActMs] : [hop.SentMs, Math.Max(hop.SentMs, NarratedAt(hop))];

    private void Broadcast(string type, object payload, bool remember = true)
    {
        var message = Event(type, payload);
        if (remember) _history.Add(message);
        foreach (var viewer in _viewers) viewer.Writer.TryWrite(message);
    }

    private static string Event(string type, object payload) => $"event: {type}\ndata: {JsonSerializer.Serialize(payload, Json)}\n\n";
}
