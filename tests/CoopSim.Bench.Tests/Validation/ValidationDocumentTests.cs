using CoopSim.Bench.Validation;

namespace CoopSim.Bench.Tests.Validation;

public sealed class ValidationDocumentTests
{
    [Fact]
    public void Render_FreshRunOfEveryFamily_MatchesCommittedValidationPage()
    {
        // The page is deterministic from its fixed seeds, so any difference means it went stale (or the kernel changed).
        var fresh = ValidationMarkdown.Render(ValidationSuite.Run(casesPerFamily: null, workers: Environment.ProcessorCount));
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "validation.md"));

        Assert.True(fresh == committed,
            "docs/validation.md is stale: regenerate it with `coopsim bench --case validation > docs/validation.md`." +
            Environment.NewLine + FirstDifference(committed, fresh));
    }

    [Fact]
    public void Run_SameSeeds_GiveTheSamePage()
    {
        var first = ValidationMarkdown.Render([ValidationSuite.RunFamily(new ChainFamily(), 3)]);
        var second = ValidationMarkdown.Render([ValidationSuite.RunFamily(new ChainFamily(), 3, workers: 2)]);

        Assert.Equal(first, second);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(end of file)";
            var y = i < b.Length ? b[i] : "(end of file)";
            if (x != y) return $"line {i + 1}:{Environment.NewLine}  committed: {x}{Environment.NewLine}  fresh:     {y}";
        }

        return "";
    }
}
