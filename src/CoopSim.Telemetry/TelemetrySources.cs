namespace CoopSim.Telemetry;

/// <summary>Activity sources other than CoopSim's that a run can ask for (<c>extraSources</c> of <see cref="TelemetrySession.Start"/>).</summary>
internal static class TelemetrySources
{
    /// <summary>
    /// Orleans' own sources (Microsoft.Orleans.Runtime, Microsoft.Orleans.Application), for
    /// <c>--trace-orleans</c>: grain calls appear beside the simulated hops. A wildcard, which AddSource accepts.
    /// </summary>
    public const string Orleans = "Microsoft.Orleans.*";
}
