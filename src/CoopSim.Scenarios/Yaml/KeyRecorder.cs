namespace CoopSim.Scenarios.Yaml;

/// <summary>
/// Records, per mapping kind ("a channel", "an alert", …), the keys the binders asked for, so that a test can
/// hold the JSON Schema in schemas/ to exactly what the binders accept. Scoped to one async flow, so tests
/// running side by side do not see each other's keys.
/// </summary>
internal sealed class KeyRecorder : IDisposable
{
    private static readonly AsyncLocal<KeyRecorder?> CurrentRecorder = new();
    private readonly KeyRecorder? _previous;

    private KeyRecorder()
    {
        _previous = CurrentRecorder.Value;
        CurrentRecorder.Value = this;
    }

    public Dictionary<string, SortedSet<string>> Keys { get; } = new(StringComparer.Ordinal);

    internal static KeyRecorder? Current => CurrentRecorder.Value;

    public static KeyRecorder Start() => new();

    internal void Record(string mapping, IEnumerable<string> keys)
    {
        if (!Keys.TryGetValue(mapping, out var set)) Keys[mapping] = set = new SortedSet<string>(StringComparer.Ordinal);
        set.UnionWith(keys);
    }

    public void Dispose() => CurrentRecorder.Value = _previous;
}
