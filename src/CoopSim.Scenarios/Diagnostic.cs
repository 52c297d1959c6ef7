using CoopSim.Model;
using CoopSim.Model.Scenario;

namespace CoopSim.Scenarios;

/// <summary>One problem in an input file, printed as <c>file(line,col): error: message</c> (the MSBuild form editors understand).</summary>
public sealed record Diagnostic(SourceLocation Location, string Message)
{
    /// <remarks>Always one line: values quoted in the message may hold line breaks or be very long.</remarks>
    public override string ToString() =>
        Location.Line > 0
            ? $"{OneLine.Of(Location.File)}({Location.Line},{Location.Column}): error: {OneLine.Of(Message)}"
            : $"{OneLine.Of(Location.File)}: error: {OneLine.Of(Message)}";
}
