using CoopSim.Model.Scenario;
using CoopSim.Simulation.Results;

namespace CoopSim.Studies.Comparisons;

/// <summary>
/// Says when a what-if changed nothing measurable, and why: both ran with the same seed, so a change that touches
/// no route the alerts took gives the very same runs, and an all-zero table reads as a finding otherwise.
/// </summary>
public static class WhatIfEffect
{
    /// <returns>A sentence when every paired difference is exactly zero; null when the what-if changed something.</returns>
    public static string? NothingChanged(ComparisonResult comparison, ScenarioModel baseScenario, ScenarioModel variant,
        SimulationResult baseResult, SimulationResult variantResult)
    {
        var estimates = comparison.Countries.SelectMany(c => new[] { c.Reach, c.P50Hours, c.P90Hours })
            .Concat(comparison.Subjects.Select(s => s.Interception)).ToArray();
        if (estimates.Length == 0 || !estimates.All(Zero)) return null;

        var reasons = new List<string>();
        var baseChannels = baseScenario.World.Channels.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var variantChannels = variant.World.Channels.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var changed = variantChannels.Keys.Where(id => !baseChannels.TryGetValue(id, out var b) || !Equals(b, variantChannels[id]))
            .Concat(baseChannels.Keys.Where(id => !variantChannels.ContainsKey(id)))
            .Concat(baseScenario.Outages.Concat(variant.Outages).Where(o => !baseScenario.Outages.Contains(o) || !variant.Outages.Contains(o)).Select(o => o.Channel))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var outaged = baseScenario.Outages.Concat(variant.Outages).Select(o => o.Channel).ToHashSet(StringComparer.Ordinal);
        foreach (var id in changed.Take(5))
        {
            var (b, v) = (baseResult.Channels.FirstOrDefault(c => c.Id == id), variantResult.Channels.FirstOrDefault(c => c.Id == id));
            var used = (b?.Messages ?? 0) + (v?.Messages ?? 0);
            if (used == 0) reasons.Add($"no message went over {id} in either");
            else if (outaged.Contains(id) && b is not null && v is not null && (b.Messages, b.DroppedByOutage, b.Held) == (v.Messages, v.DroppedByOutage, v.Held)
                && b.DroppedByOutage + b.Held >= b.Messages)
                reasons.Add($"every message on {id} fell inside its outage in both, and none was sent in the hours where the outages differ");
            else reasons.Add($"{id} carried messages, but never the first copy to a target");
        }

        var agencies = variant.World.Agencies.Where(a => baseScenario.World.FindAgency(a.Id) is not { } b || !Same(b, a)).Select(a => a.Id).Take(5).ToArray();
        foreach (var id in agencies)
        {
            var reached = variantResult.Alerts.Any(a => a.Agencies.Any(x => x.Agency == id && x.Reached.Successes > 0));
            if (!reached) reasons.Add($"{id} never received an alert");
        }

        var why = reasons.Count > 0 ? ": " + string.Join("; ", reasons) : ": what it changes lies on no route that decided a target";
        return $"the what-if changed nothing measurable (every paired difference is exactly zero, run by run){why}";
    }

    /// <summary>Equal in what the kernel uses (records holding lists compare them by reference, and each scenario loads its own).</summary>
    private static bool Same(Model.World.Agency a, Model.World.Agency b) =>
        a.Country == b.Country && a.Kind == b.Kind && Equals(a.Hours, b.Hours) && a.Capabilities == b.Capabilities
        && a.HandlingDelays.SequenceEqual(b.HandlingDelays) && a.Languages.SequenceEqual(b.Languages);

    private static bool Zero(DifferenceEstimate d) =>
        (d.Difference == 0 && d.Low == 0 && d.High == 0) || (double.IsNaN(d.Difference) && d.Base.Equals(d.Variant));

    private static double Messages(SimulationResult result, string channel) => result.Channels.FirstOrDefault(c => c.Id == channel)?.Messages ?? 0;
}
