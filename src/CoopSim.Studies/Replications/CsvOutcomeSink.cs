using System.Globalization;
using System.Text;
using CoopSim.Studies.Output;

namespace CoopSim.Studies.Replications;

/// <summary>
/// A replications file as CSV: the Parquet file's columns and rows, a header line first; empty where Parquet has null.
/// Times are exact (milliseconds as seconds), not rounded.
/// </summary>
internal sealed class CsvOutcomeSink : IOutcomeSink
{
    private readonly StreamWriter _writer;
    private bool _completed;

    public CsvOutcomeSink(Stream stream)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        _writer.Write(string.Join(',', OutcomeColumns.Names));
        _writer.Write('\n');
    }

    public void WriteBlock(IReadOnlyList<OutcomeRow> rows, OutcomeNames names)
    {
        var index = names.Index;
        foreach (var r in rows)
        {
            var w = _writer;
            w.Write(r.Replication.ToString(CultureInfo.InvariantCulture));
            if (r.IsStop)
            {
                var (country, arrives) = names.Stops[r.Subject][r.Stop];
                w.Write(",stop,,,");
                w.Write(CsvText.Escape(country));
                // reached .. first_path_channels do not apply to a stop.
                w.Write(",,,,,,,");
                w.Write(CsvText.Escape(index.Subjects[r.Subject]));
                w.Write(',');
                w.Write((r.Stop + 1).ToString(CultureInfo.InvariantCulture));
                w.Write(',');
                w.Write(Exact(arrives));
                w.Write(r.BlockedInTime ? ",true," : ",false,");
                if (r.HasLead) w.Write(Exact(OutcomeCells.Seconds(r.LeadMs)));
                w.Write(r.InterceptedHere ? ",true\n" : ",false\n");
            }
            else
            {
                w.Write(",agency,");
                w.Write(CsvText.Escape(index.Alerts[r.Alert]));
                w.Write(',');
                w.Write(CsvText.Escape(index.Agencies[r.Agency]));
                w.Write(',');
                if (OutcomeCells.Country(index, r.Agency) is { } country) w.Write(CsvText.Escape(country));
                if (r.Reached)
                {
                    var (agencies, channels) = names.PathOf(r.Path);
                    w.Write(",true,");
                    w.Write(Exact(OutcomeCells.Seconds(r.ArrivalMs)));
                    w.Write(',');
                    w.Write(Exact(OutcomeCells.Seconds(r.ActMs)));
                    w.Write(',');
                    w.Write(r.Hops.ToString(CultureInfo.InvariantCulture));
                    w.Write(',');
                    w.Write(CsvText.Escape(agencies));
                    w.Write(',');
                    w.Write(CsvText.Escape(channels));
                }
                else
                {
                    w.Write(",false,,,,,");
                }

                // subject .. intercepted_here do not apply to an agency.
                w.Write(",,,,,,\n");
            }
        }
    }

    public void Complete()
    {
        _writer.Flush();
        _completed = true;
    }

    /// <summary>After <see cref="Complete"/> the file belongs to its OutputFile, which closes it.</summary>
    public void Dispose()
    {
        if (!_completed) _writer.Dispose();
    }

    private static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
