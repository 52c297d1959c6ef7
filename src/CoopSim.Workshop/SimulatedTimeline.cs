using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Workshop;

/// <summary>
/// One replication of a scenario, recomputed whenever the trainer changes it. The kernel is deterministic
/// and draws from per-agency streams, so everything before the change is the same as before: cutting a
/// channel at time t only changes what happens from t on, which is what the room watches reroute.
/// </summary>
public sealed class SimulatedTimeline : ITimelineSource
{
    private readonly ISimulationEngine _engine;
    private readonly ScenarioModel _original;
    private readonly ulong _seed;
    private readonly List<ChannelOutage> _cuts = [];
    private readonly List<AlertSpec> _injected = [];

    /// <param name="engine">Where the replication runs (the CLI's default is Orleans grains); the in-process kernel when null. Every engine gives the same hops.</param>
    public SimulatedTimeline(ScenarioModel scenario, ulong seed, ISimulationEngine? engine = null)
    {
        _original = scenario;
        _seed = seed;
        _engine = engine ?? new InProcessEngine();
        World = WorldView.Of(scenario.World);
        Scenario = ScenarioView.Of(scenario);
        Hops = Simulate();
    }

    public DateTimeOffset Epoch => _original.Epoch;
    public WorldView World { get; }
    public ScenarioView Scenario { get; }
    public bool CanChange => true;
    public IReadOnlyList<TimelineHop> Hops { get; private set; }

    public bool Cut(string channel, long atMs)
    {
        if (_original.World.FindChannel(channel) is null) return false;
        _cuts.Add(new ChannelOutage(channel, new Duration(atMs), _original.Run.Horizon, OutageMode.Drop));
        Hops = Simulate();
        return true;
    }

    public string? Inject(string origin, string kind, long atMs)
    {
        if (_original.World.FindAgency(origin) is null || !KebabCase.TryParse<AlertKind>(kind, out var alertKind)) return null;
        var id = $"T-{_injected.Count + 1}";
        _injected.Add(new AlertSpec(id, alertKind, Priority.Urgent, origin, new Duration(atMs), AlertScope.Everywhere, null, null, [], "injected by the trainer"));
        Hops = Simulate();
        return id;
    }

    private IReadOnlyList<TimelineHop> Simulate()
    {
        var scenario = _original with
        {
            Outages = [.. _original.Outages, .. _cuts],
            Alerts = [.. _original.Alerts, .. _injected],
        };
        var observer = new LastTrace();
        _engine.RunAsync(scenario, new RunOptions(1, _seed, 1), observer).GetAwaiter().GetResult();
        return Convert(observer.Trace!);
    }

    internal static IReadOnlyList<TimelineHop> Convert(ReplicationTrace trace)
    {
        var issued = trace.Issues.ToDictionary(i => i.AlertId, i => i.IssuedAtMs, StringComparer.Ordinal);
        var hops = new List<TimelineHop>();
        foreach (var issue in trace.Issues)
            hops.Add(new TimelineHop(-1 - hops.Count, issue.AlertId, "", issue.Origin, issue.Origin, "", issue.IssuedAtMs, issue.IssuedAtMs, issue.IssuedAtMs, "issued", issue.IssuedAtMs, 0, 0));
        foreach (var h in trace.Hops)
        {
            hops.Add(new TimelineHop(h.HopId, h.AlertId, KebabCase.Of(h.AlertKind), h.From, h.To, h.Channel, h.SentAtMs, h.ArrivedAtMs, h.ActAtMs,
                KebabCase.Of(h.Outcome), issued.GetValueOrDefault(h.AlertId), (h.TransitMs + h.HeldMs) / 1000.0,
                (h.OfficeWaitMs + h.QueueMs + h.TranslationMs + h.LegalReviewMs) / 1000.0));
        }

        return hops;
    }

    private sealed class LastTrace : ISimulationObserver
    {
        public ReplicationTrace? Trace { get; private set; }

        public void OnReplication(ReplicationTrace trace) => Trace = trace;
    }
}
