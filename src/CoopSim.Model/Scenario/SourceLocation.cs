namespace CoopSim.Model.Scenario;

/// <summary>Where something was written, for messages in the <c>file(line,col)</c> form.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static readonly SourceLocation None = new(string.Empty, 0, 0);

    public override string ToString() => $"{File}({Line},{Column})";
}
