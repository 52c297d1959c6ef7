using System.Globalization;
using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Uncertainty;

namespace CoopSim.Cli.Commands;

/// <summary>The uncertain inputs a command studies: the scenario's <c>uncertainty:</c> block, plus <c>--estimates F</c> when given.</summary>
internal static class UncertainInputs
{
    /// <exception cref="CliException">A bad factor, or nothing uncertain at all.</exception>
    public static UncertaintyModel Of(ScenarioModel scenario, double? estimatesFactor)
    {
        var specs = (scenario.Uncertainty ?? []).ToList();
        if (estimatesFactor is { } f)
        {
            if (!(f > 1 && f <= 1000))
                throw new CliException($"coopsim: error: --estimates must be a factor above 1 and at most 1000, not {f.ToString(CultureInfo.InvariantCulture)}");
            var where = new SourceLocation(scenario.SourcePath, 0, 0);
            specs.RemoveAll(s => s.Rule == UncertaintyRules.Estimates);
            specs.Add(new UncertaintySpec(null, null, null, UncertaintyRules.Estimates, f, null, where, where));
        }

        string? problem = null;
        var model = UncertaintyModel.Resolve(scenario, specs, (_, message) => problem ??= message);
        if (problem is not null) throw new CliException($"coopsim: error: {problem}");
        if (model.Inputs.Count == 0)
            throw new CliException($"coopsim: error: {Path.GetFileName(scenario.SourcePath)} has no uncertain inputs: add an uncertainty: block (docs/scenario-format.md) or give --estimates 2");
        return model;
    }
}
