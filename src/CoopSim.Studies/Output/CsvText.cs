using System.Globalization;

namespace CoopSim.Studies.Output;

/// <summary>Cells of CoopSim's plot-ready CSV files: numbers rounded to 4 decimals, empty where undefined or never.</summary>
internal static class CsvText
{
    public static string Number(double value) =>
        double.IsFinite(value) ? Math.Round(value, 4).ToString(CultureInfo.InvariantCulture) : "";

    public static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    /// <summary>A parameter value as a number a plot can use: plain numbers as they are, durations in hours; null for words (24/7).</summary>
    public static double? Numeric(string value)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
        return Model.Duration.TryParse(value, out var duration, out _) ? duration.TotalHours : null;
    }
}
