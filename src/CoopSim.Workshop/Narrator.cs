using System.Globalization;
using CoopSim.Model;

namespace CoopSim.Workshop;

/// <summary>
/// Plain words for the side panel, in the local time of the agency concerned. A time on a later day than the
/// alert's issue (in that agency's local time) carries its date, so "a week later" never reads as this week.
/// </summary>
internal static class Narrator
{
    public static string Describe(TimelineHop hop, WorldView world, DateTimeOffset epoch)
    {
        var kind = hop.AlertKind.Replace('-', ' ');
        string At(long ms, string agency) => Clock(ms, agency, world, epoch, hop.IssuedMs);
        if (hop.Outcome == "issued")
            return $"{At(hop.SentMs, hop.From)} — {world.NameOf(hop.From)} issues alert {hop.Alert}";
        var after = Elapsed(hop.ActMs - hop.IssuedMs);
        return hop.Outcome switch
        {
            "delivered" => $"{At(hop.ArrivedMs, hop.To)} — {world.NameOf(hop.From)} relays {kind} {hop.Alert} to {world.NameOf(hop.To)} over {hop.Channel}; "
                + (hop.ActMs > hop.ArrivedMs ? $"it can act at {At(hop.ActMs, hop.To)}, {after} after issue" : $"it can act now, {after} after issue"),
            "lost" => $"{At(hop.SentMs, hop.From)} — {kind} {hop.Alert} from {world.NameOf(hop.From)} to {world.NameOf(hop.To)} is lost on {hop.Channel}",
            "duplicate" => $"{At(Math.Max(hop.ArrivedMs, hop.ActMs), hop.To)} — a later copy of {hop.Alert} from {world.NameOf(hop.From)} over {hop.Channel} is a duplicate: {world.NameOf(hop.To)} already has it",
            "dropped-by-outage" => $"{At(hop.SentMs, hop.From)} — {hop.Channel} is down: {hop.Alert} from {world.NameOf(hop.From)} to {world.NameOf(hop.To)} does not get through",
            _ => $"{At(Math.Max(hop.SentMs, hop.ArrivedMs), hop.To)} — {hop.Alert} reaches {world.NameOf(hop.To)} over {hop.Channel} ({hop.Outcome})",
        };
    }

    /// <summary>"Fri 09:12 Viet Nam time", or "Fri 25 Apr 09:12 Viet Nam time" when the day is not the one of <paramref name="referenceMs"/> there.</summary>
    public static string Clock(long ms, string agency, WorldView world, DateTimeOffset epoch, long referenceMs = 0)
    {
        var offset = TimeSpan.FromMinutes(world.OffsetOf(agency));
        var local = epoch.AddMilliseconds(ms).ToOffset(offset);
        var firstDay = epoch.AddMilliseconds(referenceMs).ToOffset(offset).Date;
        var country = world.CountryOf(agency) ?? world.Agencies.FirstOrDefault(a => a.Id == agency)?.Country;
        var place = world.Countries.FirstOrDefault(c => c.Code == country)?.Name ?? country ?? "";
        var format = local.Date == firstDay ? "ddd HH:mm" : "ddd d MMM HH:mm";
        return $"{local.ToString(format, CultureInfo.InvariantCulture)} {place} time";
    }

    public static string Elapsed(long ms) => HumanDuration.Format(ms / 1000.0);
}
