using System.Globalization;

namespace CoopSim.Workshop;

/// <summary>Plain words for the side panel, in the local time of the agency concerned.</summary>
public static class Narrator
{
    public static string Describe(TimelineHop hop, WorldView world, DateTimeOffset epoch)
    {
        var kind = hop.AlertKind.Replace('-', ' ');
        if (hop.Outcome == "issued")
            return $"{Clock(hop.SentMs, hop.From, world, epoch)} — {world.NameOf(hop.From)} issues alert {hop.Alert}";
        var after = Elapsed(hop.ActMs - hop.IssuedMs);
        return hop.Outcome switch
        {
            "delivered" => $"{Clock(hop.ActMs, hop.To, world, epoch)} — {world.NameOf(hop.From)} relays {kind} {hop.Alert} to {world.NameOf(hop.To)} over {hop.Channel}; it can act {after} after issue",
            "lost" => $"{Clock(hop.SentMs, hop.From, world, epoch)} — {kind} {hop.Alert} from {world.NameOf(hop.From)} to {world.NameOf(hop.To)} is lost on {hop.Channel}",
            "dropped-by-outage" => $"{Clock(hop.SentMs, hop.From, world, epoch)} — {hop.Channel} is down: {hop.Alert} from {world.NameOf(hop.From)} to {world.NameOf(hop.To)} does not get through",
            _ => $"{Clock(Math.Max(hop.SentMs, hop.ArrivedMs), hop.To, world, epoch)} — {hop.Alert} reaches {world.NameOf(hop.To)} over {hop.Channel} ({hop.Outcome})",
        };
    }

    /// <summary>"09:12 Seoul": the hour where the agency is.</summary>
    public static string Clock(long ms, string agency, WorldView world, DateTimeOffset epoch)
    {
        var offset = TimeSpan.FromMinutes(world.OffsetOf(agency));
        var local = epoch.AddMilliseconds(ms).ToOffset(offset);
        var country = world.CountryOf(agency) ?? world.Agencies.FirstOrDefault(a => a.Id == agency)?.Country;
        var place = world.Countries.FirstOrDefault(c => c.Code == country)?.Name ?? country ?? "";
        return $"{local.ToString("ddd HH:mm", CultureInfo.InvariantCulture)} {place} time";
    }

    public static string Elapsed(long ms)
    {
        var h = ms / 3_600_000.0;
        if (h < 1) return $"{Math.Max(1, ms / 60_000)} min";
        if (h < 48) return $"{h.ToString("0.#", CultureInfo.InvariantCulture)} h";
        return $"{(h / 24).ToString("0.#", CultureInfo.InvariantCulture)} days";
    }
}
