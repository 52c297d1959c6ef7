using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;

namespace CoopSim.Simulation.Tests;

/// <summary>Builds small worlds in code, so kernel tests do not depend on the YAML loader.</summary>
internal sealed class TestWorld
{
    private readonly List<Country> _countries = [];
    private readonly List<Agency> _agencies = [];
    private readonly List<Channel> _channels = [];
    private readonly List<AlertSpec> _alerts = [];
    private readonly List<Subject> _subjects = [];
    private readonly List<ChannelOutage> _outages = [];

    public static readonly DateTimeOffset Monday0900Utc = new(2025, 4, 14, 9, 0, 0, TimeSpan.Zero);

    public TestWorld Country(string code, int utcOffsetHours = 0, string language = "en")
    {
        _countries.Add(new Country(code, code, utcOffsetHours * 60, [language], [DayOfWeek.Saturday, DayOfWeek.Sunday]));
        return this;
    }

    public TestWorld Agency(string id, string country, OfficeHours? hours = null, Capability capabilities = Capability.Relay,
        bool relays = true, DelayDistribution? handling = null, bool international = false, IReadOnlyList<HandlingDelay>? rules = null,
        int? capacity = null)
    {
        rules ??= handling is null ? new List<HandlingDelay>() : [new HandlingDelay(null, null, handling)];
        _agencies.Add(new Agency(id, id, country, AgencyKind.NationalPolice, hours ?? OfficeHours.Always, [], rules,
            capabilities, relays ? RelayPolicy.All : null, international, Capacity: capacity));
        return this;
    }

    public TestWorld Channel(string id, string from, string to, DelayDistribution latency, double loss = 0, bool twoWay = false,
        TranslationMode translation = TranslationMode.Never, bool legalReview = false, DelayDistribution? translationDelay = null,
        DelayDistribution? legalReviewDelay = null, FollowUp? followUp = null)
    {
        _channels.Add(new Channel(id, from, to, twoWay, ChannelKind.BilateralDesk, latency, loss, translation, translationDelay, legalReview,
            legalReviewDelay, null, FollowUp: followUp));
        return this;
    }

    public TestWorld Alert(string id, string origin, Duration? at = null, Priority priority = Priority.Urgent, string[]? scope = null,
        Duration? expiry = null, string? subject = null, AlertKind kind = AlertKind.WantedPerson, string[]? via = null)
    {
        var alertScope = scope is null ? AlertScope.Everywhere : new AlertScope(false, scope.ToHashSet());
        _alerts.Add(new AlertSpec(id, kind, priority, origin, at ?? Duration.Zero, alertScope, expiry, subject, via ?? []));
        return this;
    }

    public TestWorld Subject(string id, params ItineraryStop[] stops)
    {
        _subjects.Add(new Subject(id, id, stops));
        return this;
    }

    public TestWorld Outage(string channel, Duration from, Duration until, OutageMode mode)
    {
        _outages.Add(new ChannelOutage(channel, from, until, mode));
        return this;
    }

    public ScenarioModel Build(DateTimeOffset? epoch = null, Duration? horizon = null, ulong seed = 1, int replications = 100) =>
        new("test", null, "test.yaml",
            new WorldModel(_countries, [], _agencies, _channels, [], WorldDefaults.Standard),
            epoch ?? Monday0900Utc, _alerts, _subjects, _outages,
            new RunSettings(seed, replications, horizon ?? Duration.FromDays(60)), []);

    public static DelayDistribution Exp(double minSeconds, double meanHours) =>
        new ShiftedExponentialDelay(Duration.FromSeconds(minSeconds), Duration.FromHours(meanHours));

    public static DelayDistribution Fixed(Duration d) => new FixedDelay(d);
}
