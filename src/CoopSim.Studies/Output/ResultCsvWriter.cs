using System.Globalization;
using CoopSim.Simulation.Results;

namespace CoopSim.Studies.Output;

/// <summary>
/// One row per alert and recipient (country or agency), for spreadsheets. Agency rows also carry when the
/// first-delivered copy arrived (arrival_*), before the waits that end at time to act (time_*).
/// </summary>
public static class ResultCsvWriter
{
    public const string Header =
        "alert,level,recipient,country,in_scope,reach_p,reach_ci95_low,reach_ci95_high,time_mean_s,time_p50_s,time_p90_s,time_p99_s,time_ci95_low_s,time_ci95_high_s,hops_mean,arrival_mean_s,arrival_p50_s,arrival_p90_s";

    public static string ToCsv(SimulationResult result)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(result, text);
        return text.ToString();
    }

    /// <summary>Row by row to <paramref name="output"/>: the caller's writer decides when bytes reach the file.</summary>
    public static void Write(SimulationResult result, TextWriter output)
    {
        output.Write(Header);
        output.Write('\n');
        foreach (var alert in result.Alerts)
        {
            foreach (var c in alert.Countries)
            {
                Row(output, alert.Id, "country", c.Country, c.Country, c.InScope ? "true" : "false",
                    c.Reached.Value, c.Reached.CiLow, c.Reached.CiHigh, c.TimeToReach, double.NaN, CoopSim.Simulation.Statistics.Summary.Empty);
            }

            foreach (var a in alert.Agencies)
            {
                Row(output, alert.Id, "agency", a.Agency, a.Country, "",
                    a.Reached.Value, a.Reached.CiLow, a.Reached.CiHigh, a.TimeToReach, a.Hops.Mean, a.Arrival);
            }
        }

        output.Flush();
    }

    private static void Row(TextWriter output, string alert, string level, string recipient, string country, string inScope,
        double p, double lo, double hi, CoopSim.Simulation.Statistics.Summary time, double hops, CoopSim.Simulation.Statistics.Summary arrival)
    {
        output.Write(Escape(alert));
        output.Write(',');
        output.Write(level);
        output.Write(',');
        output.Write(Escape(recipient));
        output.Write(',');
        output.Write(Escape(country));
        output.Write(',');
        output.Write(inScope);
        Number(output, p);
        Number(output, lo);
        Number(output, hi);
        Number(output, time.Mean);
        Number(output, time.P50);
        Number(output, time.P90);
        Number(output, time.P99);
        Number(output, time.CiLow);
        Number(output, time.CiHigh);
        Number(output, hops);
        // Arrival columns come last so that existing columns keep their positions; countries leave them empty.
        Number(output, arrival.Mean);
        Number(output, arrival.P50);
        Number(output, arrival.P90);
        output.Write('\n');
    }

    private static void Number(TextWriter output, double v)
    {
        output.Write(',');
        if (!double.IsNaN(v)) output.Write(Math.Round(v, 4).ToString(CultureInfo.InvariantCulture));
    }

    private static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
