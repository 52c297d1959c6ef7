using System.Text.Json;

namespace CoopSim.Studies.Output;

/// <summary>
/// How every CoopSim JSON format writes a measured number: rounded to 4 decimals, so the same result gives
/// the same bytes whatever the last bits of floating-point summation, and null where it is undefined (NaN).
/// </summary>
internal static class JsonNumbers
{
    public static void WriteRounded(this Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value)) writer.WriteNumber(name, Math.Round(value, 4));
        else writer.WriteNull(name);
    }
}
