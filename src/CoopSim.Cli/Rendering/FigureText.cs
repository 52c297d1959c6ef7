using System.Globalization;
using CoopSim.Model;
using CoopSim.Studies.Answers;

namespace CoopSim.Cli.Rendering;

/// <summary>Key figures as a planner reads them: shares in percent, times in hours and days, with their 95% interval.</summary>
internal static class FigureText
{
    public static string Value(KeyFigure f, double value) =>
        f.IsShare ? Percent(value) : Hours(value);

    public static string WithInterval(KeyFigure f) => $"{Value(f, f.Value)} ({Value(f, f.Low)}–{Value(f, f.High)})";

    public static string Percent(double p) => double.IsNaN(p) ? "—" : (p * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Hours(double h) => double.IsPositiveInfinity(h) ? "never" : double.IsNaN(h) ? "—" : HumanDuration.Format(h * 3600);
}
