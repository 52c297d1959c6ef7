using System.Text;
using CoopSim.Studies.Sensitivity;

namespace CoopSim.Studies.Output;

/// <summary>
/// A sensitivity study as one row per input and index, inputs in rank order: <c>morris_mu_star</c> (with its
/// interval), <c>morris_sigma</c>, and for the inputs Sobol measured <c>sobol_first</c>, <c>sobol_total</c> (with
/// intervals) and <c>at_low</c> / <c>at_high</c>, the output at the two ends of the input's range.
/// </summary>
public static class SensitivityCsvWriter
{
    public static string ToCsv(SensitivityResult result)
    {
        var sb = new StringBuilder("parameter,index,value,ci95_low,ci95_high\n");
        foreach (var row in result.Rows)
        {
            var name = CsvText.Escape(row.Input.Name);
            Row(sb, name, "morris_mu_star", row.Morris.MuStar);
            Row(sb, name, "morris_sigma", new Estimate(row.Morris.Sigma, double.NaN, double.NaN));
            if (row.Sobol is not { } sobol) continue;
            Row(sb, name, "sobol_first", sobol.First);
            Row(sb, name, "sobol_total", sobol.Total);
            Row(sb, name, "at_low", new Estimate(row.AtLow ?? double.NaN, double.NaN, double.NaN));
            Row(sb, name, "at_high", new Estimate(row.AtHigh ?? double.NaN, double.NaN, double.NaN));
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, string index, Estimate e) =>
        sb.Append(name).Append(',').Append(index).Append(',').Append(CsvText.Number(e.Value)).Append(',')
            .Append(CsvText.Number(e.Low)).Append(',').Append(CsvText.Number(e.High)).Append('\n');
}
