using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Scenarios.Uncertainty;

namespace CoopSim.Scenarios;

/// <summary>
/// What a study changes in a scenario for one of its runs, in this order: further <c>changes:</c> blocks (an advice
/// candidate's, applied as the files load), whole delays scaled by factors (a whole-world uncertainty rule), and
/// parameters set to values in the sweep grammar (a sweep point, an uncertain input). It is the one home for applying
/// a point: the study applies it here, and a silo in another process, given the files and <see cref="ToText"/>,
/// applies the same changes here again, so both compile the same scenario (docs/orleans.md, "How a study's points travel").
/// </summary>
public sealed record ScenarioChanges(IReadOnlyList<ChangeSet> Blocks, IReadOnlyList<DelayFactor> Factors, IReadOnlyList<SweepSetting> Settings)
{
    public static ScenarioChanges None { get; } = new([], [], []);

    public bool IsEmpty => Blocks.Count == 0 && Factors.Count == 0 && Settings.Count == 0;

    public static ScenarioChanges Of(IReadOnlyList<SweepSetting> settings) => new([], [], settings);

    public static ScenarioChanges Of(IReadOnlyList<ChangeSet> blocks) => new(blocks, [], []);

    /// <summary>The scenario at <paramref name="path"/> loaded with the blocks after its own changes, then scaled and set.</summary>
    /// <exception cref="ArgumentException">A setting does not apply (studies check their settings beforehand).</exception>
    public LoadResult<ScenarioModel> Load(string path)
    {
        var loaded = ScenarioLoader.Load(path, Blocks);
        if (!loaded.Succeeded || IsEmpty) return loaded;
        return loaded with { Value = Adjust(loaded.Value!) with { Changes = ToText() } };
    }

    /// <summary>The changes made to a scenario loaded as written; blocks apply only as the files load (<see cref="Load"/>).</summary>
    /// <exception cref="ArgumentException">A setting does not apply (studies check their settings beforehand).</exception>
    /// <exception cref="InvalidOperationException">There are blocks, or the scenario was already changed (its changes would not travel in order).</exception>
    public ScenarioModel ApplyTo(ScenarioModel scenario)
    {
        if (Blocks.Count > 0) throw new InvalidOperationException("changes: blocks apply as the scenario loads: use Load");
        if (IsEmpty) return scenario;
        if (scenario.Changes.Length > 0) throw new InvalidOperationException("the scenario was already changed; a point's changes are made once, to the scenario as loaded");
        return Adjust(scenario) with { Changes = ToText() };
    }

    /// <summary>The changes as text that <see cref="Parse"/> reads back exactly (factors written round-trip); empty when there are none.</summary>
    public string ToText() => IsEmpty ? "" : ScenarioChangesText.Write(this);

    /// <exception cref="InvalidDataException">The text is not what <see cref="ToText"/> writes.</exception>
    public static ScenarioChanges Parse(string text) => text.Length == 0 ? None : ScenarioChangesText.Read(text);

    private ScenarioModel Adjust(ScenarioModel scenario)
    {
        if (Factors.Count > 0)
        {
            // A later factor for the same delay wins, as a dictionary filled in order would have it.
            var factors = new Dictionary<DelayTarget, double>();
            foreach (var factor in Factors) factors[factor.Target] = factor.Factor;
            scenario = scenario with { World = DelayScaling.Apply(scenario.World, factors) };
        }

        foreach (var setting in Settings)
            scenario = ParameterSetter.Apply(scenario, setting.Path, setting.Value, out var error) ?? throw new ArgumentException(error);
        return scenario;
    }
}
