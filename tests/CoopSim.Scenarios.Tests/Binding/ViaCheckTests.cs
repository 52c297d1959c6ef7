namespace CoopSim.Scenarios.Tests.Binding;

/// <summary>docs/model.md, "Send": a <c>via:</c> channel must leave the origin and stay inside the scope or the origin's country.</summary>
public sealed class ViaCheckTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private LoadResult<Model.Scenario.ScenarioModel> Load(string via, string scope = "[VN]") =>
        ScenarioLoader.Load(_files.Write("via.yaml", ScenarioFiles.Good.Replace("scope: [VN]", $"scope: {scope}\n    via: [{via}]")));

    [Fact]
    public void Load_ViaIntoACountryOutsideTheScope_IsAnErrorAtTheChannel()
    {
        // kr-uz-mou leads from KNPA to Uzbekistan's MIA; the alert is meant for Viet Nam only.
        var result = Load("kr-uz-mou");

        var d = Assert.Single(result.Diagnostics);
        Assert.Matches(@"via\.yaml\(9,11\): error: alert 'A' is sent via channel 'kr-uz-mou' to 'uz\.mia' in UZ, outside its scope and its origin's country$", d.ToString());
        Assert.Null(result.Value);
    }

    [Fact]
    public void Load_ViaToTheOriginsOwnCountryOrIntoTheScope_IsAccepted()
    {
        Assert.Empty(Load("kr-knpa-vn-desk").Diagnostics);
        Assert.Empty(Load("kr-uz-mou", scope: "[VN, UZ]").Diagnostics);
        Assert.Empty(Load("kr-uz-mou", scope: "all").Diagnostics);
    }

    [Fact]
    public void Load_ViaChannelThatDoesNotLeaveTheOrigin_IsAnError()
    {
        var d = Assert.Single(Load("kr-vn-desk").Diagnostics);
        Assert.EndsWith("error: alert 'A' is sent via channel 'kr-vn-desk', which does not leave its origin 'kr.knpa'", d.ToString());
    }
}
