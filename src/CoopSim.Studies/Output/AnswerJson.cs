using System.Text.Json;
using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Output;

/// <summary>
/// The result's <c>answer</c> block: the target the scenario's question names and its figure. For an alert's target,
/// <c>reached</c> is how often it could act, <c>reached_within</c> how often within <c>within_s</c>, and the p50 and p90
/// time to act count a replication that never got there as never (null when that share never did). For a subject
/// (<c>kind</c> interception), <c>reached</c> is how often it was stopped in time and the times are null.
/// </summary>
internal static class AnswerJson
{
    public static void Write(Utf8JsonWriter w, ScenarioAnswer? answer)
    {
        if (answer is null)
        {
            w.WriteNull("answer");
            return;
        }

        var target = answer.Target;
        w.WriteStartObject("answer");
        w.WriteString("kind", answer.IsInterception ? "interception" : "reach");
        String(w, "alert", target.Alert);
        String(w, "agency", target.Agency);
        String(w, "country", target.Agency is null ? target.Country : null);
        String(w, "subject", target.Subject);
        if (target.Within is { } within) w.WriteNumber("within_s", within.TotalSeconds);
        else w.WriteNull("within_s");
        w.WriteProportion("reached", answer.Reached);
        if (answer.WithinShare is { } share) w.WriteProportion("reached_within", share);
        else w.WriteNull("reached_within");
        w.WriteRounded("time_to_reach_p50_s", answer.MedianHours * 3600);
        w.WriteRounded("time_to_reach_p90_s", answer.P90Hours * 3600);
        w.WriteEndObject();
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
