namespace CoopSim.Telemetry;

/// <summary>
/// Every attribute key CoopSim puts on spans and metrics, in one place, so that exporters, readers and
/// tests agree. Times are simulated, ISO 8601 with the UTC offset; delays are seconds.
/// </summary>
public static class TelemetryAttributes
{
    public const string AlertId = "coopsim.alert.id";
    public const string AlertKind = "coopsim.alert.kind";
    public const string AlertPriority = "coopsim.alert.priority";
    public const string AgencyFrom = "coopsim.agency.from";
    public const string AgencyTo = "coopsim.agency.to";
    public const string AgencyToUtcOffsetMinutes = "coopsim.agency.to.utc_offset_minutes";
    public const string AgencyFromUtcOffsetMinutes = "coopsim.agency.from.utc_offset_minutes";
    public const string CountryTo = "coopsim.country.to";
    public const string Channel = "coopsim.channel";
    public const string ChannelKind = "coopsim.channel.kind";
    public const string Outcome = "coopsim.hop.outcome";
    public const string Hops = "coopsim.hops";
    public const string HopId = "coopsim.hop.id";
    public const string Replication = "coopsim.replication";
    public const string Scenario = "coopsim.scenario";
    public const string TimeSent = "coopsim.time.sent";
    public const string TimeArrived = "coopsim.time.arrived";
    public const string TimeAct = "coopsim.time.act";
    public const string DelayHeld = "coopsim.delay.held";
    public const string DelayTransit = "coopsim.delay.transit";
    public const string DelayOfficeWait = "coopsim.delay.office_wait";
    public const string DelayQueue = "coopsim.delay.queue";

    /// <summary>The wait for a free officer at a desk with a capacity; set only when there was one.</summary>
    public const string DelayWaiting = "coopsim.delay.waiting";
    public const string DelayTranslation = "coopsim.delay.translation";
    public const string DelayLegalReview = "coopsim.delay.legal_review";
    public const string Origin = "coopsim.origin";

    // OpenTelemetry messaging semantic conventions, where a hop is a message.
    public const string MessagingSystem = "messaging.system";
    public const string MessagingOperationType = "messaging.operation.type";
    public const string MessagingDestinationName = "messaging.destination.name";
    public const string MessagingMessageId = "messaging.message.id";

    public const string MessagingSystemValue = "coopsim";
}
