using CoopSim.Model.Scenario;

namespace CoopSim.Studies.Comparisons;

/// <summary>
/// Whether a what-if can be set beside its base at all: paired differences exist only for the alerts and subjects
/// both scenarios have. Two unrelated scenarios would give an empty comparison that reads as "no change".
/// </summary>
public static class Comparability
{
    /// <returns>Why the two cannot be compared, or null when they share an alert or a subject.</returns>
    public static string? Problem(ScenarioModel baseScenario, ScenarioModel variant)
    {
        var alerts = baseScenario.Alerts.Select(a => a.Id).Intersect(variant.Alerts.Select(a => a.Id), StringComparer.Ordinal).Any();
        var subjects = baseScenario.Subjects.Select(s => s.Id).Intersect(variant.Subjects.Select(s => s.Id), StringComparer.Ordinal).Any();
        if (alerts || subjects) return null;
        return $"'{variant.Name}' and '{baseScenario.Name}' have no alert and no subject in common "
            + $"(base: {Ids(baseScenario)}; what-if: {Ids(variant)}), so there is nothing to compare: "
            + "a what-if keeps the base's alerts and subjects and changes the world, its channels or its outages";
    }

    private static string Ids(ScenarioModel s)
    {
        var ids = s.Alerts.Select(a => "alert " + a.Id).Concat(s.Subjects.Select(x => "subject " + x.Id)).ToArray();
        return ids.Length == 0 ? "nothing" : string.Join(", ", ids.Take(5)) + (ids.Length > 5 ? $" and {ids.Length - 5} more" : "");
    }
}
