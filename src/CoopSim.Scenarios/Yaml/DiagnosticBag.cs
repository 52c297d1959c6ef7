using CoopSim.Model.Scenario;

namespace CoopSim.Scenarios.Yaml;

/// <summary>Collects every problem found, so that one run of <c>validate</c> reports them all.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public int Count => _items.Count;

    public void Error(SourceLocation location, string message) => _items.Add(new Diagnostic(location, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
