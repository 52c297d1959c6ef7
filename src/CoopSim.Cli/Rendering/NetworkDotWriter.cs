using System.Text;
using CoopSim.Model;
using CoopSim.Model.World;

namespace CoopSim.Cli.Rendering;

/// <summary>
/// The network as Graphviz DOT: a cluster per country, edges styled by channel kind. <c>newrank=true</c> ranks
/// the whole graph at once instead of cluster by cluster: with the older ranking, Graphviz 2.43 (Debian 12) stops
/// with "trouble in init_rank", loses edges and draws country boxes over each other on this many cross-country
/// channels.
/// </summary>
internal static class NetworkDotWriter
{
    public static string ToDot(WorldModel world)
    {
        var sb = new StringBuilder();
        sb.Append("digraph coopsim {\n  graph [newrank=true, rankdir=LR, fontname=\"Helvetica\", label=\"CoopSim network\"];\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
        foreach (var group in world.Agencies.GroupBy(a => a.International ? "INT" : a.Country).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = group.Key == "INT" ? "International and regional" : world.FindCountry(group.Key)?.Name ?? group.Key;
            sb.Append($"  subgraph \"cluster_{group.Key}\" {{\n    label=\"{Escape(name)}\";\n");
            foreach (var a in group.OrderBy(a => a.Id, StringComparer.Ordinal))
                sb.Append($"    \"{Escape(a.Id)}\" [label=\"{Escape(a.Name)}\\n{Escape(a.Id)}\"{(a.Hours.AlwaysOpen ? ", peripheries=2" : "")}];\n");
            sb.Append("  }\n");
        }

        foreach (var c in world.Channels.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var style = c.Kind switch
            {
                ChannelKind.BilateralDesk => "color=\"#d62728\", penwidth=2.5",
                ChannelKind.MouHotline or ChannelKind.PoliceAttache => "color=\"#ff7f0e\", penwidth=1.8",
                ChannelKind.InterpolDiffusion => "color=\"#1f77b4\", style=dashed",
                ChannelKind.InterpolNotice => "color=\"#1f77b4\", style=dotted",
                ChannelKind.RegionalCentre => "color=\"#2ca02c\", style=dashed",
                ChannelKind.BorderWatchlist => "color=\"#9467bd\"",
                _ => "color=\"#7f7f7f\"",
            };
            sb.Append($"  \"{Escape(c.From)}\" -> \"{Escape(c.To)}\" [label=\"{Escape(c.Id)}\", tooltip=\"{KebabCase.Of(c.Kind)}\", {style}{(c.TwoWay ? ", dir=both" : "")}];\n");
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");
}
