using System.Text;
using CoopSim.Studies.Sweeps;

namespace CoopSim.Studies.Output;

/// <summary>
/// A sweep as one row per point and figure ("long" form), so that any plotting tool draws it directly:
/// x = a parameter's numeric column (durations in hours), y = value, band = ci95_low … ci95_high, one line per
/// alert/target/figure. Times to act are in hours; an empty cell means never (or undefined).
/// </summary>
public static class SweepCsvWriter
{
    public static string ToCsv(SweepResult sweep)
    {
        var sb = new StringBuilder();
        sb.Append("point");
        foreach (var p in sweep.Parameters) sb.Append(',').Append(CsvText.Escape(p)).Append(',').Append(CsvText.Escape(p + "_x"));
        sb.Append(",alert,target,figure,value,ci95_low,ci95_high\n");
        for (var i = 0; i < sweep.Rows.Count; i++)
        {
            var row = sweep.Rows[i];
            var prefix = new StringBuilder().Append(i + 1);
            foreach (var v in row.Values) prefix.Append(',').Append(CsvText.Escape(v)).Append(',').Append(CsvText.Numeric(v) is { } x ? CsvText.Number(x) : "");
            foreach (var f in row.Figures)
            {
                sb.Append(prefix).Append(',').Append(CsvText.Escape(f.Alert)).Append(',').Append(CsvText.Escape(f.Target)).Append(',').Append(f.Figure)
                    .Append(',').Append(CsvText.Number(f.Value)).Append(',').Append(CsvText.Number(f.Low)).Append(',').Append(CsvText.Number(f.High)).Append('\n');
            }
        }

        return sb.ToString();
    }
}
