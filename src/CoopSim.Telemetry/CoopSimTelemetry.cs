using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoopSim.Telemetry;

/// <summary>The names under which CoopSim publishes traces and metrics (docs/telemetry.md).</summary>
internal static class CoopSimTelemetry
{
    public const string Name = "CoopSim";

    public static readonly ActivitySource Source = new(Name, typeof(CoopSimTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(Name, typeof(CoopSimTelemetry).Assembly.GetName().Version?.ToString());
}
