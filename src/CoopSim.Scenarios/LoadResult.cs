namespace CoopSim.Scenarios;

/// <summary>What loading produced: a value when there were no problems, and every problem found otherwise.</summary>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics) where T : class
{
    public bool Succeeded => Value is not null && Diagnostics.Count == 0;
}
