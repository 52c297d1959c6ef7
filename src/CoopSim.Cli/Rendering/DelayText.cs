using CoopSim.Model;

namespace CoopSim.Cli.Rendering;

/// <summary>
/// "transit 6h 42m, handling 1h 53m": where the time of a hop or a path went, in the same words in the result
/// table and the trace tree. Parts under a second are left out.
/// </summary>
internal static class DelayText
{
    public static string Describe(double heldS, double transitS, double officeWaitS, double queueS, double translationS, double legalReviewS,
        double waitingS = 0)
    {
        var parts = new List<string>(7);
        Add(parts, "held", heldS);
        Add(parts, "transit", transitS);
        Add(parts, "office hours", officeWaitS);
        Add(parts, "waiting for an officer", waitingS);
        Add(parts, "handling", queueS);
        Add(parts, "translation", translationS);
        Add(parts, "legal review", legalReviewS);
        return string.Join(", ", parts);
    }

    private static void Add(List<string> parts, string name, double seconds)
    {
        if (seconds >= 1) parts.Add($"{name} {HumanDuration.Format(seconds)}");
    }
}
