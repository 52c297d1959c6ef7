using System.Globalization;
using CoopSim.Model;

namespace CoopSim.Cli.Rendering;

/// <summary>
/// Shares and their changes as people read them: "98.4%", a range "96.9–99.2%", and a change in percentage
/// points "−4.2 pts" (with the minus sign of <see cref="HumanDuration.Minus"/>).
/// </summary>
internal static class Percent
{
    public static string Of(double p) => double.IsNaN(p) ? "—" : Number(p * 100) + "%";

    public static string Range(double low, double high) =>
        double.IsNaN(low) || double.IsNaN(high) ? "—" : $"{Number(low * 100)}–{Number(high * 100)}%";

    /// <summary>A change of a share, in percentage points, always signed.</summary>
    public static string Points(double difference) => double.IsNaN(difference) ? "—" : Signed(difference * 100) + " pts";

    public static string Signed(double value)
    {
        var text = Number(Math.Abs(value));
        if (text == "0") return "0";
        return (value < 0 ? HumanDuration.Minus : "+") + text;
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
