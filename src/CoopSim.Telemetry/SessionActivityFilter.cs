using System.Diagnostics;

namespace CoopSim.Telemetry;

/// <summary>Which spans a session's exporters take: its own CoopSim spans, and whatever other sources it asked for (Orleans).</summary>
internal static class SessionActivityFilter
{
    public static bool IsForeign(Activity activity, TraceObserver session) =>
        activity.Source.Name == CoopSimTelemetry.Name && !ReferenceEquals(activity.GetCustomProperty(TraceObserver.SessionProperty), session);
}
