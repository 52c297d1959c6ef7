using System.Globalization;
using CoopSim.Model;
using CoopSim.Model.World;
using Spectre.Console;

namespace CoopSim.Cli.Rendering;

/// <summary>Agencies grouped by country, then channels, as terminal tables.</summary>
internal static class NetworkTableRenderer
{
    public static void Render(IAnsiConsole console, WorldModel world)
    {
        var agencies = new Table().Border(TableBorder.Rounded).Title($"{world.Agencies.Count} agencies in {world.Countries.Count} countries");
        agencies.AddColumns("agency", "name", "country", "kind", "hours", "can");
        foreach (var a in world.Agencies.OrderBy(a => a.Country, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            var hours = a.Hours.AlwaysOpen ? "24/7" : $"{a.Hours.OpensAtMinute / 60:00}:{a.Hours.OpensAtMinute % 60:00}–{a.Hours.ClosesAtMinute / 60:00}:{a.Hours.ClosesAtMinute % 60:00}";
            agencies.AddRow(Markup.Escape(a.Id), Markup.Escape(a.Name), Markup.Escape(a.International ? $"{a.Country} (intl)" : a.Country),
                KebabCase.Of(a.Kind), hours, Markup.Escape(Capabilities(a.Capabilities)));
        }

        console.Write(agencies);
        var channels = new Table().Border(TableBorder.Rounded).Title($"{world.Channels.Count} channels");
        channels.AddColumns("channel", "from", "to", "kind", "latency", "loss", "agreement");
        foreach (var c in world.Channels.OrderBy(c => c.Kind).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            channels.AddRow(Markup.Escape(c.Id), Markup.Escape(c.From), Markup.Escape((c.TwoWay ? "⇄ " : "→ ") + c.To), KebabCase.Of(c.Kind),
                Markup.Escape(c.Latency.ToString() ?? ""), c.LossProbability.ToString("0.##", CultureInfo.InvariantCulture), Markup.Escape(c.Agreement ?? ""));
        }

        console.Write(channels);
    }

    private static string Capabilities(Capability capabilities) =>
        string.Join(", ", Enum.GetValues<Capability>().Where(c => c != Capability.None && capabilities.HasFlag(c)).Select(KebabCase.Of));
}
