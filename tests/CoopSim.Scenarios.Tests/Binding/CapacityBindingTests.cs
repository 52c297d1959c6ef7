namespace CoopSim.Scenarios.Tests.Binding;

/// <summary>docs/model.md, "Capacity and queue": an agency's officers are a whole number of at least 1.</summary>
public sealed class CapacityBindingTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private LoadResult<Model.Scenario.ScenarioModel> LoadWithCapacity(string capacity) =>
        ScenarioLoader.Load(_files.Write("capacity.yaml", ScenarioFiles.Good + $"\nchanges:\n  alter-agencies:\n    - {{id: vn.mps, capacity: {capacity}}}\n"));

    [Fact]
    public void Load_CapacityTwo_IsTheAgencysOfficers()
    {
        var result = LoadWithCapacity("2");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Value!.World.Agencies.Single(a => a.Id == "vn.mps").Capacity);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1.5")]
    public void Load_CapacityNotAPositiveWholeNumber_IsAnErrorAtIt(string capacity)
    {
        var d = Assert.Single(LoadWithCapacity(capacity).Diagnostics);
        Assert.Matches(@"capacity\.yaml\(\d+,\d+\): error: capacity is a number of officers: a whole number from 1 to 1000000, not " + System.Text.RegularExpressions.Regex.Escape(capacity) + "$", d.ToString());
    }
}
