using CoopSim.Scenarios.Advice;
using CoopSim.Tests.Shared;

namespace CoopSim.Scenarios.Tests.Advice;

public sealed class CandidateLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-candidates-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LoadFor_CandidateThatDoesNotFitTheScenario_IsSetAsideWithItsReasonAndTheOthersKept()
    {
        var file = Path.Combine(_dir, "c.yaml");
        File.WriteAllText(file, """
            candidates:
              - id: knpa-24-7
                source: estimate
                changes:
                  alter-agencies: [{id: kr.knpa, hours: 24/7}]
              - id: duplicate-desk
                source: estimate
                changes:
                  add-channels:
                    - {id: kr-vn-desk, from: kr.knpa, to: vn.mps, kind: bilateral-desk, latency: {uniform: [10m, 1h], basis: estimate}, source: estimate}
            """);

        var loaded = CandidateLoader.LoadFor(file, RepoPaths.Scenario("korea-desk-wanted.yaml"));

        Assert.True(loaded.Succeeded);
        Assert.Equal(["knpa-24-7"], loaded.Value!.Applicable.Select(c => c.Id));
        var problem = Assert.Single(loaded.Value.NotApplicable);
        Assert.Equal("duplicate-desk", problem.Candidate.Id);
        Assert.Contains("kr-vn-desk", problem.Reason);
    }
}
