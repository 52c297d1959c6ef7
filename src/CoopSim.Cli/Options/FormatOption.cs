using System.CommandLine;

namespace CoopSim.Cli.Options;

/// <summary>The <c>--format</c> option: its names are the lowercase names of <see cref="OutputFormat"/>, and a command accepts only those it can write.</summary>
internal static class FormatOption
{
    public static Option<OutputFormat> Create(string description, params OutputFormat[] accepted)
    {
        var names = accepted.Select(Name).ToArray();
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = description,
            DefaultValueFactory = _ => accepted[0],
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : Name(accepted[0]);
                var index = Array.IndexOf(names, text);
                if (index >= 0) return accepted[index];
                result.AddError($"--format must be one of {string.Join(", ", names)}, not '{text}'");
                return accepted[0];
            },
        };
        format.AcceptOnlyFromAmong(names);
        return format;
    }

    public static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();
}
