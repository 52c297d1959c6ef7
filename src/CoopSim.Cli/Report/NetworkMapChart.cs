using CoopSim.Cli.Rendering;
using CoopSim.Model.World;
using CoopSim.Simulation.Results;

namespace CoopSim.Cli.Report;

/// <summary>
/// The countries at their capitals (longitude and latitude, equirectangular), each country's agencies in a small
/// ring around it, and the usual first routes of the alert drawn over them, thicker where more runs took them.
/// </summary>
internal static class NetworkMapChart
{
    public static string Draw(string title, WorldModel world, AlertResult alert)
    {
        var svg = new Svg(760, 420, title);
        var countries = world.Countries.Where(c => c.Latitude is not null && c.Longitude is not null).ToArray();
        if (countries.Length == 0) return svg.ToString();
        var lons = countries.Select(c => c.Longitude!.Value).Order().ToArray();
        var lats = countries.Select(c => c.Latitude!.Value).ToArray();

        // Far-off members (Lyon, Washington) are pinned to the edge so the region itself fills the map.
        var minLon = Math.Max(lons[0], lons[lons.Length / 6] - 20) - 6;
        var maxLon = Math.Min(lons[^1], lons[lons.Length * 5 / 6] + 20) + 6;
        var x = new Axis(minLon, maxLon, 40, 720);
        var y = new Axis(lats.Min() - 6, lats.Max() + 6, 390, 30);
        var position = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var labels = new LabelPlacer(760, 420, fontSize: 11);
        foreach (var c in countries) labels.Avoid(x[c.Longitude!.Value], y[c.Latitude!.Value], 26);
        var texts = new List<(double X, double Y, string Name)>();
        foreach (var c in countries)
        {
            var (cx, cy) = (x[c.Longitude!.Value], y[c.Latitude!.Value]);
            svg.Circle(cx, cy, 26, "country");
            var name = c.Name.Split(" (")[0];
            var (lx, ly) = labels.Place(cx, cy, 26, name);
            texts.Add((lx, ly, name));
            var members = world.Agencies.Where(a => a.Country == c.Code).ToArray();
            for (var i = 0; i < members.Length; i++)
            {
                var angle = 2 * Math.PI * i / Math.Max(1, members.Length) - Math.PI / 2;
                var r = members.Length > 1 ? 16 : 0;
                position[members[i].Id] = (cx + r * Math.Cos(angle), cy + r * Math.Sin(angle));
            }
        }

        var drawn = new HashSet<(string, string)>();
        foreach (var a in alert.Agencies.Where(a => a.Path is { Agencies.Count: > 1 }))
        {
            var path = a.Path!.Agencies;
            for (var i = 1; i < path.Count; i++)
            {
                if (!drawn.Add((path[i - 1], path[i])) || !position.TryGetValue(path[i - 1], out var from) || !position.TryGetValue(path[i], out var to)) continue;
                svg.Line(from.X, from.Y, to.X, to.Y, "route point", $"{path[i - 1]} → {path[i]} (the usual route to {a.Agency}, {Percent.Of(a.Path.Share)} of runs)");
            }
        }

        var reached = alert.Agencies.ToDictionary(a => a.Agency, a => a.Reached.Value, StringComparer.Ordinal);
        foreach (var (id, (px, py)) in position)
        {
            var share = reached.GetValueOrDefault(id);
            var agency = world.FindAgency(id);
            svg.Circle(px, py, 4.5, share > 0 ? "agency reached" : "agency", tip: $"{agency?.Name ?? id}: reached in {Percent.Of(share)} of runs");
        }

        // Labels last, so that no later circle or route covers them.
        foreach (var (lx, ly, name) in texts) svg.Text(lx, ly, name, "country-label", "middle");

        return svg.ToString();
    }
}
