using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using CoopSim.Scenarios.Yaml;

namespace CoopSim.Cli;

/// <summary>
/// System.CommandLine's parse errors in the user's terms: the type a value should have in words, never a .NET
/// type name (<c>--seed abc</c> printed "System.Nullable`1[System.UInt64]"), and "did you mean" for a misspelt
/// option or command (<c>--run</c> → <c>--runs</c>).
/// </summary>
internal static partial class ParseErrorText
{
    public static string Of(ParseError error, ParseResult parse)
    {
        var message = InWords(error.Message);
        var unknown = Unrecognized().Match(message);
        if (unknown.Success) message = message.TrimEnd('.') + Suggestion(unknown.Groups[1].Value, parse.CommandResult.Command);
        return message;
    }

    /// <summary>The message with "as expected type 'System.…'" said in words and any other .NET type name removed.</summary>
    public static string InWords(string message)
    {
        var said = ExpectedType().Replace(message, m => ": expected " + Kind(m.Groups[1].Value));
        return TypeName().Replace(said, "a value");
    }

    private static string Kind(string typeName) => InnerType().Match(typeName) is { Success: true } inner
        ? inner.Groups[1].Value switch
        {
            "UInt64" => "a whole number from 0 to 18446744073709551615",
            "UInt32" => "a whole number from 0 to 4294967295",
            "Int32" => "a whole number from -2147483648 to 2147483647",
            "Int64" => "a whole number",
            "Double" or "Single" or "Decimal" => "a number",
            "Boolean" => "true or false",
            "TimeSpan" => "a time span like 00:30:00",
            _ => "a value of another kind",
        }
        : "a value of another kind";

    private static string Suggestion(string token, Command command)
    {
        IEnumerable<string> names = token.StartsWith('-')
            ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.Select(c => c.Name);
        return Suggest.Closest(token, names) is { } best ? $"; did you mean '{best}'?" : ".";
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.?$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@" as expected type '([^']*)'")]
    private static partial Regex ExpectedType();

    [GeneratedRegex(@"System\.(?:Nullable`1\[System\.)?(\w+)")]
    private static partial Regex InnerType();

    [GeneratedRegex(@"'?System\.[\w.`\[\],]+'?")]
    private static partial Regex TypeName();
}
