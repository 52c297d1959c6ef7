using System.Text.Json;
using CoopSim.Scenarios.Advice;
using CoopSim.Scenarios.Schema;
using CoopSim.Scenarios.Yaml;
using CoopSim.Tests.Shared;
using Json.Schema;

namespace CoopSim.Scenarios.Tests;

public sealed class SchemaTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-schema-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string SchemaPath(SchemaKind kind) => Path.Combine(RepoPaths.Root, "schemas", SchemaDocument.FileName(kind));

    private static IEnumerable<string> CandidateFiles => Directory.GetFiles(Path.Combine(RepoPaths.Scenarios, "candidates"), "*.yaml").Order(StringComparer.Ordinal);

    private static JsonSchema Load(SchemaKind kind) =>
        JsonSchema.FromText(File.ReadAllText(SchemaPath(kind)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static EvaluationResults Evaluate(SchemaKind kind, string yamlPath) =>
        Load(kind).Evaluate(YamlAsJson.Read(yamlPath), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Problems(EvaluationResults results) => string.Join("; ",
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10));

    [Theory]
    [InlineData(SchemaKind.World)]
    [InlineData(SchemaKind.Scenario)]
    [InlineData(SchemaKind.Candidates)]
    public void CommittedSchema_EqualsTheOneGeneratedFromTheModel(SchemaKind kind)
    {
        // Regenerate with: coopsim schema world|scenario|candidates --out schemas/coopsim-KIND.schema.json
        Assert.Equal(SchemaDocument.ToJson(kind), File.ReadAllText(SchemaPath(kind)));
    }

    [Fact]
    public void EverySeedFile_IsValidAgainstTheWorldSchema()
    {
        var files = Directory.GetFiles(RepoPaths.Seeds, "*.yaml");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var results = Evaluate(SchemaKind.World, file);
            Assert.True(results.IsValid, $"{Path.GetFileName(file)}: {Problems(results)}");
        }
    }

    [Fact]
    public void EveryScenarioAndCandidatesFile_IsValidAgainstItsSchema()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Scenarios, "*.yaml"))
        {
            var results = Evaluate(SchemaKind.Scenario, file);
            Assert.True(results.IsValid, $"{Path.GetFileName(file)}: {Problems(results)}");
        }

        Assert.NotEmpty(CandidateFiles);
        foreach (var file in CandidateFiles)
        {
            var results = Evaluate(SchemaKind.Candidates, file);
            Assert.True(results.IsValid, $"{Path.GetFileName(file)}: {Problems(results)}");
        }
    }

    [Fact]
    public void EveryScenarioAndSeedFile_StartsWithTheEditorsSchemaLine()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Scenarios, "*.yaml"))
            Assert.Equal("# yaml-language-server: $schema=../schemas/coopsim-scenario.schema.json", File.ReadLines(file).First());
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*.yaml"))
            Assert.Equal("# yaml-language-server: $schema=../schemas/coopsim-world.schema.json", File.ReadLines(file).First());
        foreach (var file in CandidateFiles)
            Assert.Equal("# yaml-language-server: $schema=../../schemas/coopsim-candidates.schema.json", File.ReadLines(file).First());
    }

    [Theory]
    [InlineData("    orign: kr.knpa", "origin")]
    [InlineData("    origin: kr.knpa\nchanges:\n  alter-channels:\n    - {id: kr-vn-desk, latnecy: 2h}", "latency")]
    [InlineData("    origin: kr.knpa\nrun: {seed: 1, replication: 5}", "replications")]
    [InlineData("    origin: kr.knpa\nsweep:\n  - {vary: channels.kr-vn-desk.loss, value: 0.1}", "values")]
    public void MisspeltKey_FailsTheSchemaAsItFailsValidate(string tail, string meant)
    {
        var path = Path.Combine(_dir, "typo.yaml");
        File.WriteAllText(path, $"world: {RepoPaths.Seeds}\nstart: 2025-04-18T10:00:00+09:00\nalerts:\n  - id: A\n    kind: wanted-person\n    scope: [VN]\n{tail}\n");

        var results = Evaluate(SchemaKind.Scenario, path);
        var validated = InputValidator.Validate(path);

        Assert.False(results.IsValid);
        Assert.Contains(validated.Diagnostics, d => d.Message.Contains("unknown key") && d.Message.Contains($"did you mean '{meant}'"));
    }

    [Fact]
    public void SchemaProperties_AreExactlyTheKeysTheBindersRead()
    {
        using var recorder = KeyRecorder.Start();
        Assert.True(WorldLoader.Load(RepoPaths.Seeds).Succeeded);
        foreach (var file in Directory.GetFiles(RepoPaths.Scenarios, "*.yaml")) Assert.True(ScenarioLoader.Load(file).Succeeded, file);
        foreach (var file in CandidateFiles)
            Assert.True(CandidateLoader.Load(file, Path.Combine(RepoPaths.Scenarios, "uz-entry-block-without-mou.yaml")).Succeeded, file);
        var sweep = Path.Combine(_dir, "sweep.yaml");
        File.WriteAllText(sweep, $"world: {RepoPaths.Seeds}\nstart: 2025-04-18T10:00:00+09:00\nalerts: [{{id: A, kind: wanted-person, origin: kr.knpa}}]\nsweep: [{{vary: channels.kr-vn-desk.loss, values: 0.1}}]\n");
        Assert.True(ScenarioLoader.Load(sweep).Succeeded);

        var read = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (mapping, keys) in recorder.Keys)
        {
            var definition = SchemaDocument.DefinitionOf(mapping);
            var allowed = SchemaDocument.PropertiesOf(definition);
            Assert.True(allowed.Count > 0, $"no schema definition for the binder's mapping '{mapping}'");
            Assert.Empty(keys.Except(allowed));
            if (!read.TryGetValue(definition, out var set)) read[definition] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.UnionWith(keys);
        }

        // The other way round: the schema allows no key the binders never read. An expectation reads only its
        // first metric, so its keys are the metrics the expectation binder lists instead.
        foreach (var (definition, keys) in read.Where(r => r.Key != "expectation"))
            Assert.Empty(SchemaDocument.PropertiesOf(definition).Except(keys));
    }
}
