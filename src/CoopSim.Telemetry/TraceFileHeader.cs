using System.Text.Json;

namespace CoopSim.Telemetry;

/// <summary>
/// The first line of a trace file (<see cref="Format"/>): what made it and from what, so that a trace read on its own
/// says which run it is: the tool, the scenario and its content hashes (as in the JSON result), the seed, the
/// replications run, and whether span times are simulated or wall-clock.
/// </summary>
public sealed record TraceFileHeader(string? Tool, string Scenario, string? ScenarioSha256, string? WorldSha256, ulong Seed, int? Replications,
    TraceTimeMode TimeMode)
{
    public const string Format = "coopsim.spans/2";

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("format", Format);
        StringOrNull(w, "tool", Tool);
        w.WriteString("scenario", Scenario);
        StringOrNull(w, "scenario_sha256", ScenarioSha256);
        StringOrNull(w, "world_sha256", WorldSha256);
        w.WriteNumber("seed", Seed);
        if (Replications is { } n) w.WriteNumber("replications", n);
        else w.WriteNull("replications");
        w.WriteString("time_mode", TimeMode == TraceTimeMode.Wall ? "wall" : "simulated");
        w.WriteEndObject();
    }

    private static void StringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
