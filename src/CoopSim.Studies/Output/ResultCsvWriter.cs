using System.Globalization;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Studies.Output;

/// <summary>
/// One row per alert and recipient (country or agency), per subject, per subject stop, per channel and per desk, for
/// spreadsheets and data frames (docs/data.md gives every column). Agency rows also carry when the first-delivered
/// copy arrived (arrival_*), before the waits that end at time to act (time_*). Every row ends with the run's
/// scenario, seed and replications, so files of several runs can be stacked. A time never reached is empty, as in
/// every CoopSim table (null in JSON), never "Infinity".
/// </summary>
public static class ResultCsvWriter
{
    public const string Header =
        "alert,level,recipient,country,in_scope,reach_p,reach_ci95_low,reach_ci95_high,time_mean_s,time_p50_s,time_p90_s,time_p99_s,time_ci95_low_s,time_ci95_high_s,hops_mean,arrival_mean_s,arrival_p50_s,arrival_p90_s,"
        + "messages,lost,dropped_by_outage,held,scenario,seed,replications";

    public static string ToCsv(SimulationResult result)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(result, text);
        return text.ToString();
    }

    /// <summary>Row by row to <paramref name="output"/>: the caller's writer decides when bytes reach the file.</summary>
    public static void Write(SimulationResult result, TextWriter output)
    {
        // The same three cells end every row.
        var run = "," + Escape(result.Scenario) + "," + result.Seed.ToString(CultureInfo.InvariantCulture) + ","
            + result.Replications.ToString(CultureInfo.InvariantCulture) + "\n";
        output.Write(Header);
        output.Write('\n');
        foreach (var alert in result.Alerts)
        {
            foreach (var c in alert.Countries)
            {
                Row(output, alert.Id, "country", c.Country, c.Country, c.InScope ? "true" : "false", c.Reached, c.TimeToReach, double.NaN, Summary.Empty);
                NoChannel(output, run);
            }

            foreach (var a in alert.Agencies)
            {
                Row(output, alert.Id, "agency", a.Agency, a.Country, "", a.Reached, a.TimeToReach, a.Hops.Mean, a.Arrival);
                NoChannel(output, run);
            }
        }

        foreach (var s in result.Subjects)
        {
            // A subject: how often it was intercepted. Its stops: how often entry was blocked in time there, the lead
            // of the block over the subject's arrival (time_*), and when the subject arrives (arrival_mean_s).
            Row(output, string.Join(' ', s.Alerts), "subject", s.Subject, "", "", s.Intercepted, Summary.Empty, double.NaN, Summary.Empty);
            NoChannel(output, run);
            foreach (var stop in s.Stops)
            {
                Row(output, string.Join(' ', s.Alerts), "stop", s.Subject, stop.Country, "", stop.BlockedInTime, stop.LeadTime, double.NaN,
                    Summary.Empty with { Mean = stop.ArrivesAtSeconds });
                NoChannel(output, run);
            }
        }

        foreach (var ch in result.Channels)
        {
            // Channels: means per replication; the recipient columns do not apply.
            output.Write(",channel,");
            output.Write(Escape(ch.Id));
            output.Write(",,,,,,,,,,,,,,,");
            Number(output, ch.Messages);
            Number(output, ch.Lost);
            Number(output, ch.DroppedByOutage);
            Number(output, ch.Held);
            output.Write(run);
        }

        foreach (var desk in result.Desks)
        {
            // Agencies with a capacity: the wait for a free officer of the copies they acted on (time_*), the start of
            // the busiest hour from the scenario's start (arrival_mean_s) and the copies arriving in it per replication
            // (messages).
            Row(output, "", "desk", desk.Agency, desk.Country, "", Stats.Proportion(0, 0), desk.WaitS, double.NaN,
                Summary.Empty with { Mean = desk.BusiestHourFromS });
            Number(output, desk.BusiestHourArrivals);
            output.Write(",,,");
            output.Write(run);
        }

        output.Flush();
    }

    private static void NoChannel(TextWriter output, string run)
    {
        output.Write(",,,,");
        output.Write(run);
    }

    private static void Row(TextWriter output, string alert, string level, string recipient, string country, string inScope,
        Proportion reach, Summary time, double hops, Summary arrival)
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
        Number(output, reach.Value);
        Number(output, reach.CiLow);
        Number(output, reach.CiHigh);
        Number(output, time.Mean);
        Number(output, time.P50);
        Number(output, time.P90);
        Number(output, time.P99);
        Number(output, time.CiLow);
        Number(output, time.CiHigh);
        Number(output, hops);
        // Arrival columns come after the others so that existing columns keep their positions; countries leave them empty.
        Number(output, arrival.Mean);
        Number(output, arrival.P50);
        Number(output, arrival.P90);
    }

    /// <summary>A cell: rounded to 4 decimals, empty where undefined (NaN) or never (infinite).</summary>
    private static void Number(TextWriter output, double v)
    {
        output.Write(',');
        output.Write(CsvText.Number(v));
    }

    private static string Escape(string value) => CsvText.Escape(value);
}
