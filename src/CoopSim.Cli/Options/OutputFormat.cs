namespace CoopSim.Cli.Options;

/// <summary>What a command can write: a table for people, or a machine format (<c>--format</c>).</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
    Dot,
}
