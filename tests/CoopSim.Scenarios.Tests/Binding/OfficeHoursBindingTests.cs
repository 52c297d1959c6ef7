namespace CoopSim.Scenarios.Tests.Binding;

/// <summary>docs/model.md, "Office hours": night shifts load; a shift of no length and a week without a working day do not.</summary>
public sealed class OfficeHoursBindingTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private LoadResult<Model.Scenario.ScenarioModel> LoadWithHours(string hours) =>
        ScenarioLoader.Load(_files.Write("hours.yaml", ScenarioFiles.Good + $"\nchanges:\n  alter-agencies:\n    - {{id: vn.mps, hours: {hours}}}\n"));

    [Fact]
    public void Load_NightHoursAcrossMidnight_AreAShiftEndingTheNextDay()
    {
        var result = LoadWithHours("{open: \"22:00\", close: \"06:00\"}");

        Assert.Empty(result.Diagnostics);
        var hours = result.Value!.World.Agencies.Single(a => a.Id == "vn.mps").Hours;
        Assert.Equal((22 * 60, 6 * 60), (hours.OpensAtMinute, hours.ClosesAtMinute));
    }

    [Fact]
    public void Load_OpenEqualToClose_IsAnError()
    {
        var d = Assert.Single(LoadWithHours("{open: \"09:00\", close: \"09:00\"}").Diagnostics);
        Assert.EndsWith("error: an office cannot open and close at the same time (use 24/7)", d.ToString());
    }

    [Fact]
    public void Load_CountryWhoseEveryDayIsAWeekend_IsAnErrorAtItsWeekend()
    {
        var world = _files.Write("world.yaml", """
            countries:
              - {code: XX, name: Nowhere, utc-offset: "+00:00", languages: [en],
                 weekend: [monday, tuesday, wednesday, thursday, friday, saturday, sunday]}
            """);
        var result = ScenarioLoader.Load(_files.Write("weekend.yaml", $"name: w\nworld: {world}\nalerts: []\n"));

        Assert.Contains(result.Diagnostics, d => d.ToString().EndsWith("world.yaml(3,15): error: a week needs at least one working day", StringComparison.Ordinal));
    }
}
