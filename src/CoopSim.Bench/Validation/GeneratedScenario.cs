using System.Text;
using CoopSim.Model.Scenario;
using CoopSim.Scenarios;

namespace CoopSim.Bench.Validation;

/// <summary>
/// A generated world as the two YAML files a user would write (world.yaml and scenario.yaml). Runs load
/// these files through the ordinary loader, so a failing world can be rerun by hand exactly as tested.
/// </summary>
public sealed record GeneratedScenario(string Family, ulong Seed, string Summary, string WorldYaml, string ScenarioYaml)
{
    public string FolderName => $"{Family}-{Seed:x16}";

    /// <summary>Writes both files into <paramref name="folder"/> and returns the scenario's path.</summary>
    public string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "world.yaml"), WorldYaml);
        var scenario = Path.Combine(folder, "scenario.yaml");
        File.WriteAllText(scenario, ScenarioYaml);
        return scenario;
    }

    /// <summary>Loads the scenario from a scratch folder that is removed again afterwards.</summary>
    public ScenarioModel Load()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coopsim-validation-load", $"{FolderName}-{Guid.NewGuid():N}");
        try
        {
            var loaded = ScenarioLoader.Load(WriteTo(folder));
            if (!loaded.Succeeded)
                throw new InvalidOperationException($"generated world {FolderName} does not load:{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Diagnostics)}");
            return loaded.Value!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// What a failure prints: where the world was written, the command that reruns it, the failed checks and
    /// both files in full.
    /// </summary>
    public string Describe(IEnumerable<CheckOutcome> failures, string rerunArguments = "--engine inproc --format json")
    {
        var folder = Path.Combine(Path.GetTempPath(), "coopsim-validation-failures", FolderName);
        var scenario = WriteTo(folder);
        var text = new StringBuilder();
        text.AppendLine($"{Family} world (seed {Seed}): {Summary}");
        foreach (var f in failures)
            text.AppendLine($"  FAILED {f.Check}: expected {f.Expected:G6}, measured {f.Measured:G6}, interval [{f.Low:G6}, {f.High:G6}]");
        text.AppendLine($"rerun: coopsim run {scenario} {rerunArguments}");
        text.AppendLine($"--- {Path.Combine(folder, "scenario.yaml")}");
        text.Append(ScenarioYaml);
        text.AppendLine($"--- {Path.Combine(folder, "world.yaml")}");
        text.Append(WorldYaml);
        return text.ToString();
    }
}
