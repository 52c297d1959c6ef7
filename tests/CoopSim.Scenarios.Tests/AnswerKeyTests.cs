using CoopSim.Model;
using CoopSim.Tests.Shared;

namespace CoopSim.Scenarios.Tests;

/// <summary>The optional <c>answer:</c> key: bound when right, one located error per mistake.</summary>
public sealed class AnswerKeyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-answer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string answer)
    {
        var path = Path.Combine(_dir, "s.yaml");
        File.WriteAllText(path, $"""
            name: s
            world: {RepoPaths.Seeds}
            start: 2025-04-18T10:00:00+09:00
            answer: {answer}
            alerts:
              - id: A
                kind: wanted-person
                origin: kr.knpa
                scope: [VN]
            """);
        return path;
    }

    [Fact]
    public void Load_AnswerWithAgencyAndWithin_IsBound()
    {
        var result = ScenarioLoader.Load(Write("{alert: A, agency: vn.mps, within: 1d}"));
        Assert.Empty(result.Diagnostics);
        var answer = result.Value!.Answer!;
        Assert.Equal(("A", "vn.mps", (string?)null), (answer.Alert, answer.Agency, answer.Country));
        Assert.Equal(Duration.FromDays(1), answer.Within);
    }

    [Theory]
    [InlineData("{alert: A, agency: vn.mpz}", "unknown agency 'vn.mpz'; did you mean 'vn.mps'?")]
    [InlineData("{alert: B, country: VN}", "unknown alert 'B'")]
    [InlineData("{alert: A, agency: vn.mps, country: VN}", "answer names an alert and one agency or one country")]
    [InlineData("{alert: A}", "answer names an alert and one agency or one country")]
    [InlineData("{alert: A, country: VN, within: 0s}", "within must be above zero")]
    [InlineData("{alert: A, country: VN, whithin: 1d}", "unknown key 'whithin' in answer")]
    public void Load_BadAnswer_IsOneLocatedError(string answer, string expected)
    {
        var d = Assert.Single(ScenarioLoader.Load(Write(answer)).Diagnostics);
        Assert.Contains(expected, d.Message);
        Assert.Equal(4, d.Location.Line);
    }
}
