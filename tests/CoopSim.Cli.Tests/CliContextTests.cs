namespace CoopSim.Cli.Tests;

public sealed class CliContextTests
{
    [Fact]
    public void ForConsole_OutputRedirected_LaysOutWideInsteadOfEightyColumns()
    {
        // The test runner captures stdout, which is exactly the redirected case.
        Assert.True(Console.IsOutputRedirected);

        var context = CliContext.ForConsole();

        Assert.True(context.OutputRedirected);
        Assert.Equal(CliContext.RedirectedWidth, context.Out.Profile.Width);
    }
}
