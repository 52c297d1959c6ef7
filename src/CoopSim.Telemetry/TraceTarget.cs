namespace CoopSim.Telemetry;

/// <summary>One <c>--trace</c> value: <c>console</c>, <c>otlp</c> or <c>jsonl:PATH</c>.</summary>
internal sealed record TraceTarget(string Kind, string? Path)
{
    public static TraceTarget Parse(string spec)
    {
        if (spec == "console" || spec == "otlp") return new TraceTarget(spec, null);
        if (spec.StartsWith("jsonl:", StringComparison.Ordinal) && spec.Length > "jsonl:".Length)
            return new TraceTarget("jsonl", spec["jsonl:".Length..]);
        throw new ArgumentException($"--trace '{spec}' is not one of: console, otlp, jsonl:PATH");
    }
}
