using CoopSim.Model.Distributions;

namespace CoopSim.Model.Tests;

/// <summary>Durations that overflowed a long, and heavy tails that wrapped round to the past (issue 11, item 5).</summary>
public sealed class DurationLimitTests
{
    [Theory]
    [InlineData("9223372036854775807ms9223372036854775807ms3ms")]
    [InlineData("99999999999999999999w")]
    [InlineData("36526d")]
    [InlineData("36525d1ms")]
    public void TryParse_BeyondTheLongestDuration_FailsWithTheCap(string text)
    {
        Assert.False(Duration.TryParse(text, out _, out var error));
        Assert.Contains("longer than the longest duration allowed, 36525d", error);
    }

    [Fact]
    public void TryParse_TheLongestDuration_IsExact()
    {
        Assert.True(Duration.TryParse("36525d", out var value, out _));
        Assert.Equal(Duration.MaxMilliseconds, value.Milliseconds);
        Assert.True(Duration.TryParse("-36525d", out var negative, out _));
        Assert.Equal(-Duration.MaxMilliseconds, negative.Milliseconds);
    }

    [Fact]
    public void SampleMilliseconds_TailBeyondTheLongestDuration_IsClampedInTheClosedFormShare()
    {
        // p90 is the longest duration, so exactly 10% of draws lie beyond it; they must be clamped onto it, never
        // wrap round to negative times. sigma ≈ 17, so the largest of 200,000 draws is near e^80 ms.
        var d = new LogNormalDelay(Duration.FromSeconds(1), Duration.MaxValue, new Duration(1));
        var random = new SimRandom(2024);
        const int n = 200_000;
        var clamped = 0;
        for (var i = 0; i < n; i++)
        {
            var x = d.SampleMilliseconds(ref random);
            Assert.InRange(x, 1, Duration.MaxMilliseconds);
            if (x == Duration.MaxMilliseconds) clamped++;
        }

        // Standard error sqrt(0.1 × 0.9 / n) ≈ 0.00067; allow 5 of them.
        Assert.InRange(clamped / (double)n, 0.1 - 0.0034, 0.1 + 0.0034);
    }
}
