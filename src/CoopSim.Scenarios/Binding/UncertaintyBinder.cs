using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios.Binding;

/// <summary>
/// Reads a scenario's <c>uncertainty:</c> block — <c>{path: P, range: LOW..HIGH, shape: S}</c> entries and
/// whole-world rules <c>{estimates: {factor: 2}}</c> / <c>{sourced: {percent: 20}}</c> — and, once the scenario is
/// bound, checks every entry against it, each problem at the place it was written.
/// </summary>
internal sealed class UncertaintyBinder(string file, DiagnosticBag diagnostics)
{
    public IReadOnlyList<UncertaintySpec> Read(MapReader scenario) =>
        scenario.List("uncertainty").Select(Entry).Where(e => e is not null).Select(e => e!).ToArray();

    public void Check(ScenarioModel scenario) =>
        UncertaintyModel.Resolve(scenario, (where, message) => diagnostics.Error(where, message));

    private UncertaintySpec? Entry(YamlNode node)
    {
        var map = MapReader.Of(file, node, diagnostics, "an uncertainty entry");
        if (map is null) return null;
        var rules = UncertaintyRules.All.Where(map.Has).ToArray();
        if (rules.Length > 0)
        {
            map.Finish("an uncertainty rule");
            if (rules.Length > 1)
            {
                diagnostics.Error(map.Location, "an uncertainty rule stands alone: one of estimates: or sourced: per entry");
                return null;
            }

            var rule = rules[0];
            var settings = MapReader.Of(file, map.Get(rule)!, diagnostics, $"the {rule} rule");
            if (settings is null) return null;
            var factor = settings.Number("factor");
            var percent = settings.Number("percent");
            settings.Finish($"the {rule} rule");
            if (factor is not null && percent is not null)
            {
                diagnostics.Error(settings.Location, $"{rule}: give a factor or a percent, not both");
                return null;
            }

            var at = settings.Where(factor is not null ? "factor" : "percent");
            return new UncertaintySpec(null, null, null, rule, factor, percent, map.Location, at);
        }

        var path = map.String("path", required: true);
        var range = map.String("range", required: true);
        var shape = map.String("shape");
        map.Finish("an uncertainty entry");
        if (path is null || range is null) return null;
        return new UncertaintySpec(path, range, shape, null, null, null, map.Where("path"), map.Where("range"));
    }
}
