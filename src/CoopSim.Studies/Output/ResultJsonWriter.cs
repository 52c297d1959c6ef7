using System.Text;
using System.Text.Json;
using CoopSim.Model;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Studies.Output;

/// <summary>
/// Writes a result as the stable JSON format documented in the README (<c>coopsim.result/2</c>). Field
/// order is fixed and numbers are rounded, so the same result always gives the same bytes. /2 added the tool, the
/// scenario's and world's content hashes and the <c>answer</c> block, and made <c>subjects[].alerts</c> a list.
/// </summary>
public static class ResultJsonWriter
{
    public const string Format = "coopsim.result/2";

    /// <summary>
    /// A <see cref="Utf8JsonWriter"/> on a stream keeps everything in its own buffer until flushed; flushing
    /// once this much is pending keeps the memory of writing flat, whatever the size of the document.
    /// </summary>
    private const int FlushThreshold = 64 * 1024;

    public static string ToJson(SimulationResult result, ResultHeader? header = null)
    {
        using var stream = new MemoryStream();
        Write(result, stream, header);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(SimulationResult result, Stream stream, ResultHeader? header = null)
    {
        header ??= ResultHeader.None;
        using var w = new Utf8JsonWriter(stream, JsonText.Options);
        w.WriteStartObject();
        w.WriteString("format", Format);
        WriteOrNull(w, "tool", header.Provenance?.Tool);
        w.WriteString("scenario", result.Scenario);
        WriteOrNull(w, "scenario_sha256", header.Provenance?.ScenarioSha256);
        WriteOrNull(w, "world_sha256", header.Provenance?.WorldSha256);
        if (result.Question is null) w.WriteNull("question");
        else w.WriteString("question", result.Question);
        w.WriteString("epoch", result.Epoch.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("seed", result.Seed);
        w.WriteNumber("replications", result.Replications);
        w.WriteNumber("events", result.Events);
        AnswerJson.Write(w, header.Answer);

        w.WriteStartArray("alerts");
        foreach (var alert in result.Alerts) WriteAlert(w, alert);
        FlushIfFull(w);
        w.WriteEndArray();

        w.WriteStartArray("subjects");
        foreach (var subject in result.Subjects)
        {
            w.WriteStartObject();
            w.WriteString("subject", subject.Subject);
            w.WriteStrings("alerts", subject.Alerts);
            w.WriteProportion("intercepted", subject.Intercepted);
            w.WriteStartArray("stops");
            foreach (var stop in subject.Stops)
            {
                w.WriteStartObject();
                w.WriteString("country", stop.Country);
                w.WriteRounded("arrives_s", stop.ArrivesAtSeconds);
                w.WriteProportion("blocked_in_time", stop.BlockedInTime);
                w.WriteSummary("lead_time_s", stop.LeadTime);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            FlushIfFull(w);
        }

        w.WriteEndArray();

        w.WriteStartArray("channels");
        foreach (var channel in result.Channels)
        {
            w.WriteStartObject();
            w.WriteString("channel", channel.Id);
            w.WriteString("kind", KebabCase.Of(channel.Kind));
            w.WriteRounded("messages", channel.Messages);
            w.WriteRounded("lost", channel.Lost);
            w.WriteRounded("dropped_by_outage", channel.DroppedByOutage);
            w.WriteRounded("held", channel.Held);
            w.WriteRounded("expired", channel.Expired);
            w.WriteEndObject();
            FlushIfFull(w);
        }

        w.WriteEndArray();
        if (result.Desks.Count > 0) WriteDesks(w, result.Desks);
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Only when some agency has a capacity, so that every other result keeps its bytes.</summary>
    private static void WriteDesks(Utf8JsonWriter w, IReadOnlyList<DeskResult> desks)
    {
        w.WriteStartArray("desks");
        foreach (var desk in desks)
        {
            w.WriteStartObject();
            w.WriteString("agency", desk.Agency);
            w.WriteString("country", desk.Country);
            w.WriteNumber("capacity", desk.Capacity);
            w.WriteSummary("wait_s", desk.WaitS);
            w.WriteStartObject("busiest_hour");
            w.WriteRounded("from_s", desk.BusiestHourFromS);
            w.WriteRounded("arrivals", desk.BusiestHourArrivals);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteAlert(Utf8JsonWriter w, AlertResult alert)
    {
        w.WriteStartObject();
        w.WriteString("alert", alert.Id);
        w.WriteString("kind", KebabCase.Of(alert.Kind));
        w.WriteString("priority", KebabCase.Of(alert.Priority));
        w.WriteString("origin", alert.Origin);
        w.WriteStrings("scope", alert.Scope);
        w.WriteSummary("agencies_reached", alert.AgenciesReached);
        w.WriteSummary("countries_reached", alert.CountriesReached);
        w.WriteSummary("scope_share", alert.ScopeShare);
        w.WriteSummary("lost_relays", alert.LostRelays);

        w.WriteStartArray("countries");
        foreach (var c in alert.Countries)
        {
            w.WriteStartObject();
            w.WriteString("country", c.Country);
            w.WriteBoolean("in_scope", c.InScope);
            w.WriteProportion("reached", c.Reached);
            w.WriteSummary("time_to_reach_s", c.TimeToReach);
            if (c.FirstAgency is null) w.WriteNull("first_agency");
            else w.WriteString("first_agency", c.FirstAgency);
            w.WriteEndObject();
            FlushIfFull(w);
        }

        w.WriteEndArray();

        w.WriteStartArray("agencies");
        foreach (var a in alert.Agencies)
        {
            w.WriteStartObject();
            w.WriteString("agency", a.Agency);
            w.WriteString("country", a.Country);
            w.WriteProportion("reached", a.Reached);
            w.WriteSummary("time_to_reach_s", a.TimeToReach);
            w.WriteSummary("arrival_s", a.Arrival);
            w.WriteSummary("hops", a.Hops);
            if (a.Path is { } path)
            {
                w.WriteStartObject("first_path");
                w.WriteStrings("agencies", path.Agencies);
                w.WriteStrings("channels", path.Channels);
                w.WriteRounded("share", path.Share);
                w.WriteEndObject();
            }

            w.WriteStartObject("breakdown_s");
            w.WriteRounded("held", a.Breakdown.Held);
            w.WriteRounded("transit", a.Breakdown.Transit);
            w.WriteRounded("office_wait", a.Breakdown.OfficeWait);
            // coopsim.result/1 named the handling delay "queue"; it is now the wait for a free officer at desks with a
            // capacity (0 without one), and "handling" the handling delay (docs/model.md, "Capacity and queue").
            w.WriteRounded("queue", a.Breakdown.Waiting);
            w.WriteRounded("handling", a.Breakdown.Queue);
            w.WriteRounded("translation", a.Breakdown.Translation);
            w.WriteRounded("legal_review", a.Breakdown.LegalReview);
            w.WriteEndObject();
            w.WriteEndObject();
            FlushIfFull(w);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void FlushIfFull(Utf8JsonWriter w)
    {
        if (w.BytesPending >= FlushThreshold) w.Flush();
    }
}
