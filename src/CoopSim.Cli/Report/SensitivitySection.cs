using System.Globalization;
using System.Text;
using CoopSim.Cli.Rendering;
using CoopSim.Studies.Sensitivity;

namespace CoopSim.Cli.Report;

/// <summary>
/// The report's "What the answer depends on": the sensitivity study's sentence, a tornado chart of the inputs Sobol
/// measured, and their indices with 95% intervals beside the next inputs by Morris μ*.
/// </summary>
internal static class SensitivitySection
{
    public const int MorrisRowsShown = 10;

    public static void Append(StringBuilder html, SensitivityResult result)
    {
        html.Append("<h2>What the answer depends on</h2>\n");
        html.Append($"<p class=\"answer\" data-testid=\"sensitivity\">{Svg.E(SensitivityRenderer.Sentence(result))}</p>\n");
        html.Append($"<p class=\"dim\">{Svg.E(FormattableString.Invariant($"The output: {result.Output.Description}. {result.Rows.Count} uncertain inputs (the scenario's uncertainty: block), {result.Points:N0} settings of {result.Settings.Replications} runs each, all with seed {result.Seed} (common random numbers): Morris screening of every input, then Sobol indices for the {result.Rows.Count(r => r.Sobol is not null)} with the largest effect."))}</p>\n");
        Func<double, string> format = result.Output.IsShare ? Percent.Of : FigureText.Hours;
        var bars = result.Rows.Where(r => r.AtLow is not null && r.AtHigh is not null)
            .Select(r => new TornadoChart.Row(r.Input.Name, r.AtLow!.Value, r.AtHigh!.Value)).ToArray();
        if (bars.Length > 0)
        {
            html.Append("<figure><figcaption><b>Low and high end of each input.</b> ")
                .Append(Svg.E($"The answer with one input at each end of its range and every other as written ({format(result.Baseline)}, dashed)."))
                .Append("</figcaption>\n").Append(TornadoChart.Draw("tornado", result.Baseline, bars, format)).Append("\n</figure>\n");
        }

        html.Append("<table class=\"indices\"><tr><th>input</th><th>range</th><th>Sobol total</th><th>Sobol first</th><th>Morris μ*</th></tr>\n");
        foreach (var row in result.Rows.Take(Math.Max(bars.Length, 0) + MorrisRowsShown))
        {
            html.Append("<tr><td>").Append(Svg.E(row.Input.Name)).Append("</td><td>").Append(Svg.E(row.Input.Delay is null ? row.Input.Range.Text : $"×{F(row.Input.Range.Low)}–{F(row.Input.Range.High)}"))
                .Append("</td><td>").Append(row.Sobol is { } s ? Svg.E(I(s.Total)) : "").Append("</td><td>").Append(row.Sobol is { } f ? Svg.E(I(f.First)) : "")
                .Append("</td><td>").Append(Svg.E(Effect(result, row.Morris.MuStar.Value))).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string I(Estimate e) => FormattableString.Invariant($"{e.Value:0.00} ({e.Low:0.00}–{e.High:0.00})");

    /// <summary>μ* in the output's units: percentage points of a share, or a duration.</summary>
    private static string Effect(SensitivityResult result, double v) =>
        result.Output.IsShare ? (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + " pts" : FigureText.Hours(v);

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
