using CoopSim.Model;
using CoopSim.Model.Scenario;

namespace CoopSim.Workshop;

/// <summary>
/// What the presenter view says about the scenario: its name and question on screen, its own outages drawn on the
/// map, and the agency the question is about, which the end slide answers for the run the room watched.
/// </summary>
public sealed record ScenarioView(string Name, string? Question, IReadOnlyList<ScenarioView.OutageView> Outages, ScenarioView.TargetView? Target)
{
    /// <summary>A channel that is down from <see cref="FromMs"/> to <see cref="UntilMs"/> (simulated ms since the epoch).</summary>
    public sealed record OutageView(string Channel, long FromMs, long UntilMs, string Mode);

    /// <summary>The question's alert and agency (or country), and its time limit when it has one.</summary>
    public sealed record TargetView(string Alert, string? Agency, string? Country, long? WithinMs);

    public static ScenarioView Of(ScenarioModel scenario)
    {
        var outages = scenario.Outages.Select(o => new OutageView(o.Channel, o.From.Milliseconds, o.Until.Milliseconds, KebabCase.Of(o.Mode))).ToArray();
        TargetView? target = null;
        var alert = scenario.Answer?.Alert ?? scenario.Alerts.FirstOrDefault()?.Id;
        if (alert is not null && scenario.Answer is not { Subject: not null })
            target = new TargetView(alert, scenario.Answer?.Agency, scenario.Answer?.Country, scenario.Answer?.Within?.Milliseconds);
        return new ScenarioView(scenario.Name, scenario.Question, outages, target);
    }

    /// <summary>A recorded trace: no question, no outages known beyond what its hops show.</summary>
    public static ScenarioView Named(string name) => new(name, null, [], null);
}
