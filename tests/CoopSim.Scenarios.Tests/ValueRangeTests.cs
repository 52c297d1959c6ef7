using CoopSim.Model.Scenario;

namespace CoopSim.Scenarios.Tests;

/// <summary>Values that validated but overflowed later (issue 11, item 5): now refused with their place.</summary>
public sealed class ValueRangeTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private Diagnostic SingleProblem(string yaml)
    {
        var result = ScenarioLoader.Load(_files.Write("range.yaml", yaml));
        Assert.Null(result.Value);
        ScenarioFiles.AssertOneLineEach(result.Diagnostics);
        return Assert.Single(result.Diagnostics);
    }

    [Theory]
    [InlineData("9223372036854775807ms9223372036854775807ms3ms")]
    [InlineData("99999999999999999999w")]
    [InlineData("36526d")]
    public void Load_HorizonBeyondTheLongestDuration_IsRefusedAtItsPlace(string horizon)
    {
        var d = SingleProblem(ScenarioFiles.Good + $"\nrun: {{horizon: {horizon}}}\n");
        Assert.Equal((9, 16), (d.Location.Line, d.Location.Column));
        Assert.Contains("longer than the longest duration allowed, 36525d", d.Message);
    }

    [Fact]
    public void Load_LongestDuration_IsAccepted()
    {
        var result = ScenarioLoader.Load(_files.Write("max.yaml", ScenarioFiles.Good + "\nrun: {horizon: 36525d}\n"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Model.Duration.MaxValue, result.Value!.Run.Horizon);
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("1e10")]
    [InlineData("2147483647")]
    [InlineData("NaN")]
    [InlineData("100001")]
    public void Load_ReplicationsBeyondTheCap_IsRefused(string replications)
    {
        var d = SingleProblem(ScenarioFiles.Good + $"\nrun: {{replications: {replications}}}\n");
        Assert.Equal($"replications must be a whole number from 1 to {RunSettings.MaxReplications:N0}", d.Message);
        Assert.Equal(9, d.Location.Line);
    }

    [Fact]
    public void Load_LatencyBeyondTheLongestDuration_IsRefusedAtItsPlace()
    {
        var yaml = ScenarioFiles.Good + "\nchanges:\n  alter-channels: [{id: kr-vn-desk, latency: 99999999999999999999w}]\n";
        var d = SingleProblem(yaml);
        Assert.Equal(10, d.Location.Line);
        Assert.StartsWith("latency: '99999999999999999999w' is longer than", d.Message);
    }
}
