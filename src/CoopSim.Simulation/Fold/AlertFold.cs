using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// One alert's accumulators, fed one replication at a time (in replication order) and summarised at the
/// end into an <see cref="AlertResult"/>. Memory grows with the pairs and countries reached and the
/// distinct paths seen, bounded per pair by <see cref="ValueSketch"/>; never with replications.
/// </summary>
internal sealed class AlertFold
{
    private const double MsPerSecond = 1000.0;

    private readonly CompiledWorld _world;
    private readonly CompiledAlert _alert;
    private readonly string[] _scope;
    private readonly int _scopeCountryCount;
    private readonly bool[] _inScope;
    private readonly CountryAgencies _countryAgencies;
    private readonly int[] _scopeCountries;
    private readonly PathTrie _paths = new();

    private ValueSketch _agenciesReached;
    private ValueSketch _countriesReached;
    private ValueSketch _scopeReached;
    private ValueSketch _lostRelays;

    /// <summary>Only the countries reached: an alert that stays in one country costs one entry, not one per country.</summary>
    private readonly Dictionary<int, CountryFold> _countries = new();

    /// <summary>
    /// Pair slots by agency: a map while few agencies are reached (100,000 local alerts stay small), an
    /// array indexed by agency (slot plus one; 0 is not reached) once many are.
    /// </summary>
    private Dictionary<int, int>? _slotMap;
    private int[]? _slotArray;
    private PairFold[] _pairs = [];
    private int _pairCount;

    /// <summary>The world's desks and this alert's share of their figures; null when no agency has a capacity.</summary>
    private readonly DeskIndex? _deskIndex;
    private readonly DeskFold? _desks;

    public AlertFold(CompiledWorld world, CompiledAlert alert, CountryAgencies countryAgencies, DeskIndex? desks = null)
    {
        _world = world;
        _deskIndex = desks;
        _desks = desks is null ? null : new DeskFold(desks.Agencies.Length);
        _countryAgencies = countryAgencies;
        _alert = alert;
        _scope = alert.Global
            ? []
            : world.Scenario.Alerts[alert.Index].Scope.Countries.Order(StringComparer.Ordinal).ToArray();
        var scopeCountries = alert.Global
            ? Enumerable.Range(0, world.CountryCodes.Length).ToArray()
            : _scope.Select(c => Array.IndexOf(world.CountryCodes, c)).Where(i => i >= 0).ToArray();
        _scopeCountryCount = scopeCountries.Length;
        _scopeCountries = alert.Global ? [] : scopeCountries;
        _inScope = new bool[world.CountryCodes.Length];
        foreach (var c in scopeCountries) _inScope[c] = true;
    }

    /// <summary>Folds one collected replication of this alert in.</summary>
    public void Add(AlertReplication replication, FoldScratch scratch) => Add(Span(replication.Reached), replication.LostRelays, scratch);

    /// <summary>
    /// Folds one replication of this alert in: its records in agency order, paths summed. <paramref name="scratch"/> is
    /// shared per-agency working space.
    /// </summary>
    public void Add(ReadOnlySpan<ReachRecord> reached, int lostRelays, FoldScratch scratch)
    {
        _agenciesReached.Add(reached.Length);
        _lostRelays.Add(lostRelays);
        scratch.NextReplication();
        // Each agency's record by position, so that a sender is found without a search.
        for (var i = 0; i < reached.Length; i++) scratch.SetPosition(reached[i].Agency, i);

        // Room for every pair this replication reaches at once: a one-replication run of a large world then
        // holds its pairs without the slack of growing by doubling.
        if (_pairCount + reached.Length > _pairs.Length) Array.Resize(ref _pairs, Math.Max(_pairCount + reached.Length, Math.Min(2 * _pairs.Length, _world.Agencies.Length)));
        // The first replication's paths are all new: added without a lookup, into arrays sized for them.
        var freshPaths = _paths.Count == 0;
        if (freshPaths) _paths.EnsureCapacity(reached.Length);

        // Past a sixteenth of the world the pairs are found through an agency-indexed array: when this replication
        // alone gets there, make it now rather than filling the map first (the slots, and so the bytes, are the same).
        if (_slotArray is null && (_slotMap?.Count ?? 0) + reached.Length > _world.Agencies.Length / 16) UseSlotArray();

        var countryOf = _countryAgencies.CountryOf;
        var countriesReached = 0;
        var inScopeReached = 0;
        for (var i = 0; i < reached.Length; i++)
        {
            ref readonly var record = ref reached[i];
            var country = countryOf[record.Agency];
            if (country >= 0)
            {
                ref var best = ref scratch.FirstInCountry[country];
                if (best < 0)
                {
                    scratch.TouchedCountries[countriesReached++] = country;
                    best = i;
                }
                else if (record.AtMs < reached[best].AtMs)
                {
                    best = i;
                }
            }

            ref var pair = ref PairOf(record.Agency, out var first);
            var node = PathNode(reached, record.Agency, scratch, freshPaths);
            var arrivalMs = ArrivalMs(reached, record, scratch);
            pair.Add(first, record.AtMs, arrivalMs, record.Hops, record.Path, node);
            if (_desks is not null && _deskIndex!.DeskOf[record.Agency] is var desk and >= 0)
                _desks.Add(desk, OwnWaitMs(reached, record, scratch), _alert.IssuedAtMs + arrivalMs);
        }

        for (var k = 0; k < countriesReached; k++)
        {
            var c = scratch.TouchedCountries[k];
            ref readonly var record = ref reached[scratch.FirstInCountry[c]];
            scratch.FirstInCountry[c] = -1;
            if (_inScope[c]) inScopeReached++;
            if (!_countries.TryGetValue(c, out var country)) _countries.Add(c, country = new CountryFold());
            country.TimeMs.Add(record.AtMs);
            country.FirstAgency[record.Agency] = country.FirstAgency.GetValueOrDefault(record.Agency) + 1;
        }

        _countriesReached.Add(countriesReached);
        _scopeReached.Add(_scopeCountryCount == 0 ? 0 : inScopeReached);
    }

    /// <summary>
    /// Takes in what <paramref name="other"/> (the same alert, folded from other replications) holds, as if its
    /// replications had been folded here: every summary is a sum, a count or an order-free percentile.
    /// </summary>
    public void Merge(AlertFold other)
    {
        var nodeOf = _paths.Absorb(other._paths);
        _agenciesReached.Merge(ref other._agenciesReached);
        _countriesReached.Merge(ref other._countriesReached);
        _scopeReached.Merge(ref other._scopeReached);
        _lostRelays.Merge(ref other._lostRelays);
        foreach (var (c, theirs) in other._countries) MergeCountry(c, theirs);
        foreach (var (agency, slot) in other.ReachedSlotsInAgencyOrder()) MergePair(agency, ref other._pairs[slot], nodeOf);
        if (other._desks is not null) _desks!.Merge(other._desks);
    }

    /// <summary>
    /// As <see cref="Merge"/>, for the same alert's fold <see cref="Write"/> wrote on another process, read straight
    /// from <paramref name="reader"/> in the order <see cref="Merge"/> takes the parts in (so the bytes are the same):
    /// a client taking in a silo's block builds no second fold of the whole world to merge from.
    /// </summary>
    public void MergeFrom(BinaryReader reader)
    {
        var nodeOf = _paths.AbsorbFrom(reader);
        MergeSketch(ref _agenciesReached, reader);
        MergeSketch(ref _countriesReached, reader);
        MergeSketch(ref _scopeReached, reader);
        MergeSketch(ref _lostRelays, reader);

        var countries = reader.ReadInt32();
        for (var i = 0; i < countries; i++) MergeCountry(reader.ReadInt32(), CountryFold.Read(reader));
        var pairs = reader.ReadInt32();
        for (var i = 0; i < pairs; i++)
        {
            var agency = reader.ReadInt32();
            var theirs = PairFold.Read(reader);
            MergePair(agency, ref theirs, nodeOf);
        }

        _desks?.MergeFrom(reader);
    }

    private static void MergeSketch(ref ValueSketch ours, BinaryReader reader)
    {
        var theirs = ValueSketch.Read(reader);
        ours.Merge(ref theirs);
    }

    private void MergeCountry(int c, CountryFold theirs)
    {
        if (!_countries.TryGetValue(c, out var ours))
        {
            _countries.Add(c, theirs);
            return;
        }

        ours.TimeMs.Merge(ref theirs.TimeMs);
        foreach (var (agency, count) in theirs.FirstAgency) ours.FirstAgency[agency] = ours.FirstAgency.GetValueOrDefault(agency) + count;
    }

    private void MergePair(int agency, ref PairFold theirs, int[] nodeOf)
    {
        ref var ours = ref PairOf(agency, out var created);
        if (created) ours = PairFold.Renumbered(theirs, nodeOf);
        else ours.Merge(ref theirs, nodeOf);
    }

    /// <summary>Everything folded so far, for <see cref="MergeFrom"/> on another process (<see cref="ResultFolder.Save"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        _paths.Write(writer);
        foreach (var sketch in (ReadOnlySpan<ValueSketch>)[_agenciesReached, _countriesReached, _scopeReached, _lostRelays]) sketch.Write(writer);
        writer.Write(_countries.Count);
        foreach (var (c, country) in _countries)
        {
            writer.Write(c);
            country.Write(writer);
        }

        var slots = ReachedSlotsInAgencyOrder();
        writer.Write(slots.Count);
        foreach (var (agency, slot) in slots)
        {
            writer.Write(agency);
            _pairs[slot].Write(writer);
        }

        _desks?.Write(writer);
    }

    /// <summary>Adds this alert's desk figures to the run's (<see cref="ResultFolder.Finish"/>); nothing without desks.</summary>
    public void AddDeskFigures(int desk, ref ValueSketch waitMs, Dictionary<int, long> arrivalsByHour) =>
        _desks?.AddTo(desk, ref waitMs, arrivalsByHour);

    /// <summary>Puts every sketch's loose observations into its histogram, where it has one (<see cref="ValueSketch.Compact"/>).</summary>
    public void Compact()
    {
        _agenciesReached.Compact();
        _countriesReached.Compact();
        _scopeReached.Compact();
        _lostRelays.Compact();
        foreach (var country in _countries.Values) country.TimeMs.Compact();
        for (var i = 0; i < _pairCount; i++) _pairs[i].Spill?.Compact();
        _desks?.Compact();
    }

    /// <summary>Frees what only folding needs; called once the last replication is in.</summary>
    public void Seal() => _paths.Seal();

    /// <summary>
    /// The alert's summary. With <paramref name="lazyAgencies"/> each agency's summary is built when read and not
    /// kept, so a writer going through an alert of 100,000 agencies holds one agency's summary at a time.
    /// </summary>
    public AlertResult Finish(int replications, bool lazyAgencies = false)
    {
        // Agencies in index order, as the records of every replication are; a scoped alert also lists the
        // agencies of its countries it never reached (a global alert lists only those reached: "every agency
        // in scope" would be the whole world). Slot -1: never reached.
        var reached = ReachedSlotsInAgencyOrder();
        var inScope = _countryAgencies.Of(_scopeCountries);
        var order = new List<(int Agency, int Slot)>(reached.Count + inScope.Length);
        var u = 0;
        foreach (var (agency, slot) in reached)
        {
            for (; u < inScope.Length && inScope[u] <= agency; u++)
                if (inScope[u] < agency) order.Add((inScope[u], -1));
            order.Add((agency, slot));
        }

        for (; u < inScope.Length; u++) order.Add((inScope[u], -1));

        var trails = new Dictionary<int, (PathTrail Agencies, PathTrail Channels)>();
        AgencyReach Build(int i)
        {
            var (agency, slot) = order[i];
            return slot < 0 ? NeverReached(agency, replications) : AgencyResult(agency, ref _pairs[slot], replications, trails);
        }

        IReadOnlyList<AgencyReach> agencies = lazyAgencies
            ? new BuiltOnReadList<AgencyReach>(order.Count, Build)
            : Enumerable.Range(0, order.Count).Select(Build).ToList();

        var countries = new List<CountryReach>();
        for (var c = 0; c < _world.CountryCodes.Length; c++)
        {
            var country = _countries.GetValueOrDefault(c);
            var count = country?.TimeMs.Count ?? 0;
            if (count == 0 && !_inScope[c]) continue;
            var first = country?.FirstAgency
                .Select(p => (Id: _world.Agencies[p.Key].Id, Count: p.Value))
                .OrderByDescending(p => p.Count).ThenBy(p => p.Id, StringComparer.Ordinal).First().Id;
            countries.Add(new CountryReach(_world.CountryCodes[c], _inScope[c], Stats.Proportion(count, replications),
                country is null ? Summary.Empty : country.TimeMs.SummarizeTimes(MsPerSecond, replications), first));
        }

        return new AlertResult(_alert.Id, _alert.Kind, _alert.Priority, _world.Agencies[_alert.Origin].Id, _alert.Global ? ["*"] : _scope,
            _agenciesReached.Summarize(1), _countriesReached.Summarize(1),
            _scopeReached.Summarize(_scopeCountryCount == 0 ? 1 : _scopeCountryCount), _lostRelays.Summarize(1),
            agencies, countries);
    }

    /// <summary>The agencies reached at least once with their pair slots, ascending by agency index.</summary>
    private List<(int Agency, int Slot)> ReachedSlotsInAgencyOrder()
    {
        var slots = new List<(int, int)>(_pairCount);
        if (_slotArray is not null)
        {
            for (var a = 0; a < _slotArray.Length; a++)
                if (_slotArray[a] > 0) slots.Add((a, _slotArray[a] - 1));
        }
        else if (_slotMap is not null)
        {
            foreach (var a in _slotMap.Keys.Order()) slots.Add((a, _slotMap[a]));
        }

        return slots;
    }

    /// <summary>An in-scope agency no replication reached: reach 0 of n, empty summaries, no path, no breakdown.</summary>
    private AgencyReach NeverReached(int index, int replications)
    {
        var agency = _world.Agencies[index];
        return new AgencyReach(agency.Id, _world.CountryCodes[agency.Country], Stats.Proportion(0, replications),
            Summary.Empty, Summary.Empty, Summary.Empty, null,
            new DelayBreakdown(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));
    }

    /// <summary>
    /// When the first-delivered copy arrived, since issue: the act time less this hop's own waits after arrival
    /// (office hours, queue, translation, legal review). The record's delays are summed along its first-delivery
    /// path, so this hop's own are the difference from its sender's sums (the same rule the collector summed by).
    /// The wait for a free officer is in no delay: it is the time to act that the path's delays leave unexplained.
    /// </summary>
    private static long ArrivalMs(ReadOnlySpan<ReachRecord> reached, in ReachRecord record, FoldScratch scratch)
    {
        var own = record.Path;
        long waits = own.OfficeWait + own.Queue + own.Translation + own.LegalReview + (record.AtMs - own.Total);
        if (record.FromAgency >= 0 && scratch.PositionOf(record.FromAgency) is var at and >= 0)
        {
            var before = reached[at];
            waits -= before.Path.OfficeWait + before.Path.Queue + before.Path.Translation + before.Path.LegalReview
                + (before.AtMs - before.Path.Total);
        }

        return record.AtMs - waits;
    }

    /// <summary>
    /// The record's own wait for a free officer: the part of its time to act no drawn delay explains, less the same
    /// for its sender (both are summed along the path).
    /// </summary>
    private static long OwnWaitMs(ReadOnlySpan<ReachRecord> reached, in ReachRecord record, FoldScratch scratch)
    {
        var wait = record.AtMs - record.Path.Total;
        if (record.FromAgency >= 0 && scratch.PositionOf(record.FromAgency) is var at and >= 0) wait -= reached[at].AtMs - reached[at].Path.Total;
        return wait;
    }

    /// <summary>The records as a span: collected and streamed replications hold lists, the Orleans wire arrays.</summary>
    internal static ReadOnlySpan<ReachRecord> Span(IReadOnlyList<ReachRecord> records) => ListSpan.Of(records);

    /// <summary>The pair of <paramref name="agency"/>; <paramref name="created"/> when this is its first observation.</summary>
    private ref PairFold PairOf(int agency, out bool created)
    {
        var slot = _slotArray is not null ? _slotArray[agency] - 1 : _slotMap is not null && _slotMap.TryGetValue(agency, out var s) ? s : -1;
        created = slot < 0;
        if (slot >= 0) return ref _pairs[slot];
        if (_pairCount == _pairs.Length) Array.Resize(ref _pairs, Math.Max(16, _pairs.Length * 2));
        slot = _pairCount++;
        if (_slotArray is not null)
        {
            _slotArray[agency] = slot + 1;
        }
        else
        {
            (_slotMap ??= new Dictionary<int, int>()).Add(agency, slot);
            if (_slotMap.Count > _world.Agencies.Length / 16) UseSlotArray();
        }

        return ref _pairs[slot];
    }

    /// <summary>Switches the slot lookup from the map to the agency-indexed array, keeping every slot.</summary>
    private void UseSlotArray()
    {
        _slotArray = new int[_world.Agencies.Length];
        if (_slotMap is not null)
            foreach (var (a, at) in _slotMap) _slotArray[a] = at + 1;
        _slotMap = null;
    }

    /// <summary>The path node of the first delivery to <paramref name="agency"/> in this replication, built from its predecessor's.</summary>
    private int PathNode(ReadOnlySpan<ReachRecord> reached, int agency, FoldScratch scratch, bool fresh)
    {
        if (scratch.TryGetNode(agency, out var known)) return known;
        scratch.SetNode(agency, FoldScratch.InProgress, 0);
        ref readonly var record = ref reached[scratch.PositionOf(agency)];
        (int Node, ulong Hash) node;
        if (record.FromAgency < 0 || scratch.PositionOf(record.FromAgency) < 0 || scratch.IsInProgress(record.FromAgency))
        {
            node = fresh ? _paths.AddNew(-1, agency, -1, record.PathHash, 0) : _paths.NodeOf(-1, agency, -1, record.PathHash, 0);
        }
        else
        {
            var parent = PathNode(reached, record.FromAgency, scratch, fresh);
            var parentHash = scratch.NodeHashOf(record.FromAgency);
            node = fresh ? _paths.AddNew(parent, agency, record.Channel, record.PathHash, parentHash) : _paths.NodeOf(parent, agency, record.Channel, record.PathHash, parentHash);
        }

        scratch.SetNode(agency, node.Node, node.Hash);
        return node.Node;
    }

    private AgencyReach AgencyResult(int agencyIndex, ref PairFold pair, int replications, Dictionary<int, (PathTrail, PathTrail)> trails)
    {
        var n = pair.Count;
        var modal = pair.FirstPath;
        var modalCount = 1;
        if (pair.Spill?.PathCounts is { } pathCounts)
        {
            // The most frequent first-delivery path; ties go to the smaller path hash, which is deterministic.
            modalCount = 0;
            foreach (var (node, count) in pathCounts)
            {
                if (count > modalCount || (count == modalCount && _paths.HashOf(node) < _paths.HashOf(modal)))
                {
                    modal = node;
                    modalCount = count;
                }
            }
        }

        var agency = _world.Agencies[agencyIndex];
        var (agencyTrail, channelTrail) = Trail(modal, trails);
        var sum = pair.PathDelays;
        var scale = 1.0 / (n * MsPerSecond);
        return new AgencyReach(
            agency.Id,
            agency.Country >= 0 ? _world.CountryCodes[agency.Country] : "",
            Stats.Proportion(n, replications),
            pair.SummarizeTimeMs(MsPerSecond, replications),
            pair.SummarizeArrivalMs(MsPerSecond, replications),
            pair.SummarizeHops(1),
            new PathFrequency(agencyTrail, channelTrail.Count == 1 && channelTrail[0].Length == 0 ? [] : channelTrail, modalCount / (double)n),
            new DelayBreakdown(sum.Held * scale, sum.Transit * scale, sum.OfficeWait * scale, sum.Queue * scale,
                sum.Translation * scale, sum.LegalReview * scale, (pair.TimeSumMs - sum.Total) * scale));
    }

    /// <summary>A path node spelled out; prefixes are built once and shared between the paths that extend them.</summary>
    private (PathTrail Agencies, PathTrail Channels) Trail(int node, Dictionary<int, (PathTrail, PathTrail)> trails)
    {
        if (trails.TryGetValue(node, out var known)) return known;
        var id = _world.Agencies[_paths.AgencyOf(node)].Id;
        var parent = _paths.ParentOf(node);
        (PathTrail, PathTrail) trail;
        if (parent < 0)
        {
            trail = (PathTrail.Start(id), PathTrail.Start(string.Empty));
        }
        else
        {
            var (agencies, channels) = Trail(parent, trails);
            var channel = _world.Channels[_paths.ChannelOf(node)].Id;
            trail = (agencies.Then(id), channels.Count == 1 && channels[0].Length == 0 ? PathTrail.Start(channel) : channels.Then(channel));
        }

        trails[node] = trail;
        return trail;
    }
}
