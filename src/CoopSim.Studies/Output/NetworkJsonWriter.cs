using System.Text.Json;
using CoopSim.Model;
using CoopSim.Model.World;

namespace CoopSim.Studies.Output;

/// <summary>The network as JSON: countries, agencies, channels and agreements with their sources.</summary>
public static class NetworkJsonWriter
{
    public static string ToJson(WorldModel world)
    {
        return JsonText.Document("coopsim.network/1", w =>
        {
            w.WriteStartArray("countries");
            foreach (var c in world.Countries)
            {
                w.WriteStartObject();
                w.WriteString("code", c.Code);
                w.WriteString("name", c.Name);
                w.WriteNumber("utc_offset_minutes", c.UtcOffsetMinutes);
                if (c.Latitude is { } lat && c.Longitude is { } lon)
                {
                    w.WriteNumber("latitude", lat);
                    w.WriteNumber("longitude", lon);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("agencies");
            foreach (var a in world.Agencies.OrderBy(a => a.Id, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                w.WriteString("name", a.Name);
                w.WriteString("country", a.Country);
                w.WriteString("kind", KebabCase.Of(a.Kind));
                w.WriteBoolean("always_open", a.Hours.AlwaysOpen);
                w.WriteBoolean("international", a.International);
                w.WriteString("source", a.Source);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("channels");
            foreach (var c in world.Channels.OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("from", c.From);
                w.WriteString("to", c.To);
                w.WriteBoolean("two_way", c.TwoWay);
                w.WriteString("kind", KebabCase.Of(c.Kind));
                w.WriteString("latency", c.Latency.ToString());
                w.WriteNumber("minimum_latency_s", c.Latency.Minimum.TotalSeconds);
                w.WriteNumber("loss", c.LossProbability);
                w.WriteString("agreement", c.Agreement);
                w.WriteString("source", c.Source);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("agreements");
            foreach (var a in world.Agreements)
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                w.WriteString("name", a.Name);
                w.WriteString("signed", a.Signed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("source", a.Source);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }
}
