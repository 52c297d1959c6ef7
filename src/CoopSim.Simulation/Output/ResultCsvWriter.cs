using System.Globalization;
using System.Text;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Output;

/// <summary>One row per alert and recipient (country or agency), for spreadsheets.</summary>
public static class ResultCsvWriter
{
    public const string Header =
        "alert,level,recipient,country,in_scope,reach_p,reach_ci95_low,reach_ci95_high,time_mean_s,time_p50_s,time_p90_s,time_p99_s,time_ci95_low_s,time_ci95_high_s,hops_mean";

    public static string ToCsv(SimulationResult result)
    {
        var sb = new StringBuilder();
        sb.Append(Header).Append('\n');
        foreach (var alert in result.Alerts)
        {
            foreach (var c in alert.Countries)
            {
                Row(sb, alert.Id, "country", c.Country, c.Country, c.InScope ? "true" : "false",
                    c.Reached.Value, c.Reached.CiLow, c.Reached.CiHigh, c.TimeToReach, double.NaN);
            }

            foreach (var a in alert.Agencies)
            {
                Row(sb, alert.Id, "agency", a.Agency, a.Country, "",
                    a.Reached.Value, a.Reached.CiLow, a.Reached.CiHigh, a.TimeToReach, a.Hops.Mean);
            }
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string alert, string level, string recipient, string country, string inScope,
        double p, double lo, double hi, Statistics.Summary time, double hops)
    {
        sb.Append(Escape(alert)).Append(',').Append(level).Append(',').Append(Escape(recipient)).Append(',')
            .Append(Escape(country)).Append(',').Append(inScope);
        foreach (var v in new[] { p, lo, hi, time.Mean, time.P50, time.P90, time.P99, time.CiLow, time.CiHigh, hops })
            sb.Append(',').Append(double.IsNaN(v) ? "" : Math.Round(v, 4).ToString(CultureInfo.InvariantCulture));
        sb.Append('\n');
    }

    private static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
