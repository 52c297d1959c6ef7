using System.Globalization;
using System.Text;

namespace CoopSim.Bench.Validation;

/// <summary>Writes a generated scenario next to its world.yaml.</summary>
internal sealed class ScenarioYamlBuilder(string name, string question, DateTimeOffset start, ulong seed, int replications, int horizonDays = 60)
{
    private readonly StringBuilder _alerts = new();
    private readonly StringBuilder _outages = new();

    public ScenarioYamlBuilder Outage(string channel, long fromMinutes, long untilMinutes, string mode)
    {
        _outages.AppendLine($"  - {{channel: {channel}, from: {fromMinutes}m, until: {untilMinutes}m, mode: {mode}}}");
        return this;
    }

    public ScenarioYamlBuilder Alert(string id, string origin, string priority = "urgent", long atMinutes = 0, IEnumerable<string>? scope = null,
        long? expiryMinutes = null)
    {
        var scopeText = scope is null ? "all" : $"[{string.Join(", ", scope)}]";
        var expiry = expiryMinutes is { } e ? $", expiry: {e}m" : "";
        _alerts.AppendLine($"  - {{id: {id}, kind: wanted-person, priority: {priority}, origin: {origin}, at: {atMinutes}m, scope: {scopeText}{expiry}}}");
        return this;
    }

    public string Build() =>
        ($"# Question: {question}{Environment.NewLine}"
         + $"name: {name}{Environment.NewLine}"
         + $"world: world.yaml{Environment.NewLine}"
         + $"start: {start.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}{WorldYamlBuilder.Offset((int)start.Offset.TotalMinutes)}{Environment.NewLine}"
         + $"run: {{seed: {seed}, replications: {replications}, horizon: {horizonDays}d}}{Environment.NewLine}"
         + (_outages.Length > 0 ? $"outages:{Environment.NewLine}{_outages}" : "")
         + $"alerts:{Environment.NewLine}{_alerts}").ReplaceLineEndings("\n");
}
