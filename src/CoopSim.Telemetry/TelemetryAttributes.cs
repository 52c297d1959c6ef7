namespace CoopSim.Telemetry;

/// <summary>
/// Every attribute key CoopSim puts on spans and metrics, in one place, so that exporters, readers and
/// tests agree. Times are simulated, ISO 8601 with the UTC offset; a key says its unit (<c>_s</c>: seconds).
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
    public const string DelayHeld = "coopsim.delay.held_s";
    public const string DelayTransit = "coopsim.delay.transit_s";
    public const string DelayOfficeWait = "coopsim.delay.office_wait_s";
    public const string DelayQueue = "coopsim.delay.queue_s";

    /// <summary>The wait for a free officer at a desk with a capacity; set only when there was one.</summary>
    public const string DelayWaiting = "coopsim.delay.waiting_s";
    public const string DelayTranslation = "coopsim.delay.translation_s";
    public const string DelayLegalReview = "coopsim.delay.legal_review_s";
    public const string Origin = "coopsim.origin";
    public const string SubjectId = "coopsim.subject.id";
    public const string SubjectStop = "coopsim.subject.stop";
    public const string SubjectIntercepted = "coopsim.subject.intercepted";
    public const string SubjectInterceptedStop = "coopsim.subject.intercepted_stop";
    public const string SubjectBlockedInTime = "coopsim.subject.blocked_in_time";
    public const string SubjectLead = "coopsim.subject.lead_s";
    public const string TimeArrives = "coopsim.time.arrives";

    // OpenTelemetry messaging semantic conventions, where a hop is a message.
    public const string MessagingSystem = "messaging.system";
    public const string MessagingOperationType = "messaging.operation.type";
    public const string MessagingDestinationName = "messaging.destination.name";
    public const string MessagingMessageId = "messaging.message.id";

    public const string MessagingSystemValue = "coopsim";
}
