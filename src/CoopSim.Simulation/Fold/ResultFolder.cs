using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// Summarises replications as they finish: each is folded into per-(alert, agency), per-country,
/// per-subject and per-channel accumulators and can then be dropped, so a run's memory does not grow with
/// its replications (docs/architecture.md, "What comes out"). Engines fold in replication order; the summaries are exact integer sums
/// and order-free percentiles, so the bytes are the same on every engine and worker count.
/// </summary>
public sealed class ResultFolder
{
    private const double MsPerSecond = 1000.0;

    /// <summary>Above this many (alert, agency) pairs the alert summaries are built when read rather than all at once.</summary>
    private const long LazyAbovePairs = 1_000_000;

    private readonly CompiledWorld _world;
    private readonly ulong _seed;
    private readonly AlertFold[] _alerts;
    private readonly FoldScratch _scratch;
    private readonly long[] _channelSums;
    private readonly DeskIndex? _desks;

    /// <summary>Sums kept per channel: messages, lost, dropped by outage, held, expired.</summary>
    private const int ChannelFigures = 5;
    private readonly int[] _intercepted;
    private readonly int[][] _blockedInTime;
    private readonly ValueSketch[][] _leadTimesMs;
    private long _events;

    internal ResultFolder(CompiledWorld world, ulong seed)
    {
        _world = world;
        _seed = seed;
        var countryAgencies = new CountryAgencies(world);
        _desks = DeskIndex.Of(world);
        _alerts = world.Alerts.Select(a => new AlertFold(world, a, countryAgencies, _desks)).ToArray();
        _scratch = new FoldScratch(world.Agencies.Length, world.CountryCodes.Length);
        _channelSums = new long[world.Channels.Length * ChannelFigures];
        _intercepted = new int[world.Subjects.Length];
        _blockedInTime = world.Subjects.Select(s => new int[s.StopCountries.Length]).ToArray();
        _leadTimesMs = world.Subjects.Select(s => new ValueSketch[s.StopCountries.Length]).ToArray();
    }

    /// <summary>Replications folded so far.</summary>
    public int Replications { get; private set; }

    /// <summary>
    /// Stopwatch ticks spent folding replications into this folder (and the folders merged into it), as the
    /// collectors report them: for the run's phases, never part of a result.
    /// </summary>
    internal long FoldTicks { get; private set; }

    internal void AddFoldTime(long ticks) => FoldTicks += ticks;

    /// <summary>Folds the next replication in.</summary>
    public void Add(ReplicationMetrics replication)
    {
        for (var a = 0; a < _alerts.Length; a++) AddAlert(a, replication.Alerts[a]);
        AddRest(replication.Events, replication.Subjects, replication.Channels);
    }

    /// <summary>
    /// Folds one alert of the next replication: a collector streaming a replication alert by alert calls this for
    /// every alert and then <see cref="AddRest"/>, so no replication's records need to exist all at once.
    /// </summary>
    internal void AddAlert(int alert, AlertReplication replication) => _alerts[alert].Add(replication, _scratch);

    /// <summary>Folds one alert of the next replication from its records in agency order (path sums and hashes done).</summary>
    internal void AddAlert(int alert, ReadOnlySpan<ReachRecord> reached, int lostRelays) => _alerts[alert].Add(reached, lostRelays, _scratch);

    /// <summary>
    /// As <see cref="AddAlert(int, ReadOnlySpan{ReachRecord}, int)"/>, with working space of the caller's: threads folding
    /// different alerts of one replication at once each bring their own.
    /// </summary>
    internal void AddAlert(int alert, ReadOnlySpan<ReachRecord> reached, int lostRelays, FoldScratch scratch) => _alerts[alert].Add(reached, lostRelays, scratch);

    /// <summary>Completes the next replication: its events, subjects and channels (its alerts went in through <see cref="AddAlert"/>).</summary>
    internal void AddRest(long events, IReadOnlyList<SubjectReplication> subjects, IReadOnlyList<ChannelCounters> channels)
    {
        Replications++;
        _events += events;
        var subjectSpan = ListSpan.Of(subjects);
        for (var s = 0; s < _intercepted.Length; s++)
        {
            var subject = subjectSpan[s];
            if (subject.InterceptedAtStop >= 0) _intercepted[s]++;
            for (var stop = 0; stop < _blockedInTime[s].Length; stop++)
            {
                if (subject.LeadTimesMs[stop] is not { } lead) continue;
                _leadTimesMs[s][stop].Add(lead);
                if (lead > 0) _blockedInTime[s][stop]++;
            }
        }

        var channelSpan = ListSpan.Of(channels);
        for (var c = 0; c < _world.Channels.Length; c++)
        {
            var counters = channelSpan[c];
            // Most channels carry nothing in a replication.
            if (counters.IsEmpty) continue;
            _channelSums[ChannelFigures * c] += counters.Messages;
            _channelSums[ChannelFigures * c + 1] += counters.Lost;
            _channelSums[ChannelFigures * c + 2] += counters.DroppedByOutage;
            _channelSums[ChannelFigures * c + 3] += counters.Held;
            _channelSums[ChannelFigures * c + 4] += counters.Expired;
        }
    }

    /// <summary>
    /// Takes in the replications <paramref name="other"/> folded (a worker's share; it must not be used afterwards).
    /// Every summary is order-free, so folding replications apart and merging gives the bytes of folding them in order.
    /// </summary>
    internal void Merge(ResultFolder other)
    {
        Replications += other.Replications;
        FoldTicks += other.FoldTicks;
        _events += other._events;
        for (var a = 0; a < _alerts.Length; a++) _alerts[a].Merge(other._alerts[a]);
        for (var s = 0; s < _intercepted.Length; s++)
        {
            _intercepted[s] += other._intercepted[s];
            for (var stop = 0; stop < _blockedInTime[s].Length; stop++)
            {
                _blockedInTime[s][stop] += other._blockedInTime[s][stop];
                _leadTimesMs[s][stop].Merge(ref other._leadTimesMs[s][stop]);
            }
        }

        for (var i = 0; i < _channelSums.Length; i++) _channelSums[i] += other._channelSums[i];
    }

    /// <summary>
    /// Everything folded so far, as bytes: a silo folds its block of replications where it ran them and sends this
    /// (docs/orleans.md, "Blocks"); <see cref="MergeSaved"/> takes it in on the client. The form is private to this
    /// build of the kernel (client and silos run the same build); it is a fold's state, not a replication's metrics.
    /// </summary>
    public byte[] Save()
    {
        Compact();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Replications);
            writer.Write(_events);
            foreach (var alert in _alerts) alert.Write(writer);
            foreach (var count in _intercepted) writer.Write(count);
            foreach (var stops in _blockedInTime)
                foreach (var count in stops) writer.Write(count);
            foreach (var stops in _leadTimesMs)
                foreach (var sketch in stops) sketch.Write(writer);
            foreach (var sum in _channelSums) writer.Write(sum);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Takes in a fold <see cref="Save"/> wrote on another process for the same scenario and seed, as <see cref="Merge"/>
    /// takes in a worker's folder: the summaries are order-free, so the bytes are those of folding every replication here.
    /// The saved parts are merged as they are read, so a block costs its own size, not a second folder of the whole
    /// world; a fold that does not fit (another scenario or build) fails the run, which must then be dropped.
    /// </summary>
    public void MergeSaved(byte[] saved)
    {
        using var reader = new BinaryReader(new MemoryStream(saved, writable: false));
        Replications += reader.ReadInt32();
        _events += reader.ReadInt64();
        foreach (var alert in _alerts) alert.MergeFrom(reader);
        for (var s = 0; s < _intercepted.Length; s++) _intercepted[s] += reader.ReadInt32();
        foreach (var stops in _blockedInTime)
            for (var stop = 0; stop < stops.Length; stop++) stops[stop] += reader.ReadInt32();
        foreach (var stops in _leadTimesMs)
        {
            for (var stop = 0; stop < stops.Length; stop++)
            {
                var theirs = ValueSketch.Read(reader);
                stops[stop].Merge(ref theirs);
            }
        }

        for (var i = 0; i < _channelSums.Length; i++) _channelSums[i] += reader.ReadInt64();
        if (reader.BaseStream.Position != reader.BaseStream.Length)
            throw new InvalidDataException("a saved fold has bytes left over: it was written for another scenario or build");
    }

    /// <summary>
    /// Puts every sketch's loose observations into its histogram, where it has one: a worker folding apart does this
    /// to its own folder before the merge, side by side with the others, and the bytes do not change (percentiles
    /// read the histogram with the loose values in it).
    /// </summary>
    internal void Compact()
    {
        foreach (var fold in _alerts) fold.Compact();
        foreach (var stops in _leadTimesMs)
            for (var stop = 0; stop < stops.Length; stop++) stops[stop].Compact();
    }

    public SimulationResult Finish()
    {
        var scenario = _world.Scenario;
        var n = Replications;
        foreach (var fold in _alerts) fold.Seal();
        // Small results are summarised once; a large world's alerts are summarised as they are read.
        IReadOnlyList<AlertResult> alerts = _alerts.Length * (long)_world.Agencies.Length <= LazyAbovePairs
            ? _alerts.Select(a => a.Finish(n)).ToArray()
            : new AlertResultList(_alerts, n);
        var subjects = _world.Subjects.Select((subject, s) =>
        {
            var stops = new StopResult[subject.StopCountries.Length];
            for (var stop = 0; stop < stops.Length; stop++)
            {
                var country = subject.StopCountries[stop] >= 0 ? _world.CountryCodes[subject.StopCountries[stop]] : "?";
                stops[stop] = new StopResult(country, subject.StopArrivalsMs[stop] / MsPerSecond, Stats.Proportion(_blockedInTime[s][stop], n),
                    _leadTimesMs[s][stop].Summarize(MsPerSecond));
            }

            var alertIds = subject.Alerts.Select(a => _world.Alerts[a].Id).ToArray();
            return new SubjectResult(subject.Id, string.Join(",", alertIds), Stats.Proportion(_intercepted[s], n), stops) { Alerts = alertIds };
        }).ToArray();
        var channels = _world.Channels.Select((c, i) => new ChannelResult(c.Id, c.Kind,
            Mean(_channelSums[ChannelFigures * i]), Mean(_channelSums[ChannelFigures * i + 1]), Mean(_channelSums[ChannelFigures * i + 2]),
            Mean(_channelSums[ChannelFigures * i + 3]), Mean(_channelSums[ChannelFigures * i + 4]))).ToArray();
        return new SimulationResult(scenario.Name, scenario.Question, scenario.Epoch, _seed, n, _events, alerts, subjects, channels) { Desks = Desks() };
    }

    /// <summary>
    /// Per agency with a capacity, its figures over every alert: the wait for an officer of each copy acted on, and the
    /// hour of the run in which most of them arrived (the earliest of equally busy hours), per replication.
    /// </summary>
    private DeskResult[] Desks()
    {
        if (_desks is null) return [];
        var result = new DeskResult[_desks.Agencies.Length];
        for (var d = 0; d < result.Length; d++)
        {
            var waitMs = default(ValueSketch);
            var byHour = new Dictionary<int, long>();
            foreach (var alert in _alerts) alert.AddDeskFigures(d, ref waitMs, byHour);
            var (hour, count) = byHour.Count == 0 ? new KeyValuePair<int, long>(0, 0) : byHour.OrderByDescending(e => e.Value).ThenBy(e => e.Key).First();
            var agency = _world.Agencies[_desks.Agencies[d]];
            result[d] = new DeskResult(agency.Id, agency.Country >= 0 ? _world.CountryCodes[agency.Country] : "", agency.Capacity,
                waitMs.Summarize(MsPerSecond), hour * 3600.0, Mean(count));
        }

        return result;
    }

    private double Mean(long sum) => Replications == 0 ? 0 : sum / (double)Replications;
}
