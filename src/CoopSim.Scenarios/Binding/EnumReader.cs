using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Yaml;

namespace CoopSim.Scenarios.Binding;

/// <summary>Kebab-case enum values, with the list of allowed ones in the error.</summary>
internal static class EnumReader
{
    public static TEnum? Read<TEnum>(MapReader map, string key, bool required = false) where TEnum : struct, Enum
    {
        var text = map.String(key, required);
        return text is null ? null : Parse<TEnum>(text, map.Where(key), map.Diagnostics, key);
    }

    public static TEnum? Parse<TEnum>(string text, SourceLocation where, DiagnosticBag diagnostics, string what) where TEnum : struct, Enum
    {
        if (KebabCase.TryParse<TEnum>(text, out var value)) return value;
        var names = KebabCase.NamesOf<TEnum>().ToArray();
        diagnostics.Error(where, $"unknown {what} '{text}'{Suggest.DidYouMean(text, names)} (one of: {string.Join(", ", names)})");
        return null;
    }
}
