using CoopSim.Model.Scenario;

namespace CoopSim.Scenarios;

/// <summary>One problem in an input file, printed as <c>file(line,col): error: message</c> (the MSBuild form editors understand).</summary>
public sealed record Diagnostic(SourceLocation Location, string Message)
{
    public override string ToString() =>
        Location.Line > 0 ? $"{Location.File}({Location.Line},{Location.Column}): error: {Message}" : $"{Location.File}: error: {Message}";
}
