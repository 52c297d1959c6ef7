using CoopSim.Model;

namespace CoopSim.Model.Tests;

public sealed class DurationTests
{
    [Theory]
    [InlineData("90s", 90_000)]
    [InlineData("15m", 900_000)]
    [InlineData("2h", 7_200_000)]
    [InlineData("3d", 259_200_000)]
    [InlineData("1w", 604_800_000)]
    [InlineData("500ms", 500)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("1.5h", 5_400_000)]
    [InlineData("-2h", -7_200_000)]
    public void TryParse_WellFormed_GivesMilliseconds(string text, long expected)
    {
        Assert.True(Duration.TryParse(text, out var value, out var error), error);
        Assert.Equal(expected, value.Milliseconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("2x")]
    [InlineData("h")]
    [InlineData("two hours")]
    public void TryParse_Malformed_FailsWithMessage(string text)
    {
        Assert.False(Duration.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(5_400_000, "1h30m")]
    [InlineData(90_061_001, "1d1h1m1s1ms")]
    public void ToString_Value_RoundTripsThroughParse(long ms, string expected)
    {
        var d = new Duration(ms);
        Assert.Equal(expected, d.ToString());
        Assert.Equal(d, Duration.Parse(d.ToString()));
    }
}
