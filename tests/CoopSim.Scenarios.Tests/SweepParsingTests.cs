using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Scenarios.Sweeps;

namespace CoopSim.Scenarios.Tests;

public sealed class SweepParsingTests
{
    [Fact]
    public void TryExpand_DurationRange_IncludesBothEndsInSteps()
    {
        Assert.True(SweepValues.TryExpand("1h..12h/1h", out var values, out _));
        Assert.Equal(Enumerable.Range(1, 12).Select(h => $"{h}h"), values);
    }

    [Fact]
    public void TryExpand_NumberRangeWithBinaryFractions_EndsExactlyAtTheEnd()
    {
        Assert.True(SweepValues.TryExpand("0..0.3/0.1", out var values, out _));
        Assert.Equal(["0", "0.1", "0.2", "0.3"], values);
    }

    [Fact]
    public void TryExpand_List_KeepsItemsAsWritten()
    {
        Assert.True(SweepValues.TryExpand("24/7, 09:00-18:00", out var values, out _));
        Assert.Equal(["24/7", "09:00-18:00"], values);
    }

    [Theory]
    [InlineData("1h..12h", "needs a step")]
    [InlineData("1h..12h/0s", "step above zero")]
    [InlineData("12h..1h/1h", "ends before it starts")]
    [InlineData("1h..12x/1h", "numbers (0..0.2/0.05) or durations")]
    [InlineData("1h,,2h", "empty item")]
    [InlineData("0s..30d/1m", "at most 1000")]
    public void TryExpand_BadValues_SaysWhy(string text, string expected)
    {
        Assert.False(SweepValues.TryExpand(text, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void TryParse_AgencyIdWithDots_MatchesThePropertyFromTheEnd()
    {
        Assert.True(ParameterPath.TryParse("agencies.uz.mia.korea-desk.handling.median", out var path, out _));
        Assert.Equal(new ParameterPath("agencies", "uz.mia.korea-desk", "handling.median"), path);
    }

    [Theory]
    [InlineData("channel.kr-vn-desk.loss", "must start with one of")]
    [InlineData("channels.kr-vn-desk.latency.p99", "PROPERTY is one of latency.median, latency, loss")]
    [InlineData("channels.latency", "channels.ID.PROPERTY")]
    public void TryParse_BadPath_SaysWhatIsExpected(string text, string expected)
    {
        Assert.False(ParameterPath.TryParse(text, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void With_UniformMedian_KeepsTheMinimumAndMovesTheMaximum()
    {
        var delay = new UniformDelay(Duration.Parse("10m"), Duration.Parse("8h")) { Basis = "b" };
        var changed = Assert.IsType<UniformDelay>(DelayMedian.With(delay, Duration.Parse("1h"), out _));
        Assert.Equal(new UniformDelay(Duration.Parse("10m"), Duration.Parse("1h50m")) { Basis = "b" }, changed);
        Assert.Equal(Duration.Parse("1h"), DelayMedian.Of(changed));
    }

    [Fact]
    public void With_LogNormalMedian_KeepsTheP90ToMedianRatio()
    {
        var delay = new LogNormalDelay(Duration.Parse("12h"), Duration.Parse("3d"), Duration.Parse("1h"));
        var changed = Assert.IsType<LogNormalDelay>(DelayMedian.With(delay, Duration.Parse("6h"), out _));
        Assert.Equal(Duration.Parse("6h"), changed.Median);
        Assert.Equal(Duration.Parse("36h"), changed.P90);
        Assert.Equal(delay.Sigma, changed.Sigma, 12);
    }

    [Fact]
    public void With_ShiftedExponentialMedian_HasThatMedianInClosedForm()
    {
        var delay = new ShiftedExponentialDelay(Duration.Parse("15m"), Duration.Parse("3h"));
        var changed = DelayMedian.With(delay, Duration.Parse("2h"), out _)!;

        // Median of min + Exp(mean − min) is min + (mean − min)·ln 2.
        Assert.InRange(DelayMedian.Of(changed).Milliseconds, Duration.Parse("2h").Milliseconds - 1, Duration.Parse("2h").Milliseconds + 1);
    }

    [Fact]
    public void With_MedianAtOrBelowTheMinimum_IsRefused()
    {
        var delay = new UniformDelay(Duration.Parse("1h"), Duration.Parse("8h"));
        Assert.Null(DelayMedian.With(delay, Duration.Parse("1h"), out var error));
        Assert.Contains("not above the distribution's minimum 1h", error);
    }

    [Fact]
    public void Expand_TwoAxes_GivesTheGridWithTheLastAxisFastest()
    {
        var a = new SweepAxis(new ParameterPath("channels", "x", "loss"), ["0", "0.5"]);
        var b = new SweepAxis(new ParameterPath("agencies", "y", "hours"), ["24/7", "09:00-18:00", "08:00-20:00"]);
        var points = SweepGrid.Expand([a, b]);
        Assert.Equal(6, points.Count);
        Assert.Equal(["0", "24/7"], points[0].Settings.Select(s => s.Value));
        Assert.Equal(["0", "09:00-18:00"], points[1].Settings.Select(s => s.Value));
        Assert.Equal(["0.5", "08:00-20:00"], points[5].Settings.Select(s => s.Value));
    }
}
