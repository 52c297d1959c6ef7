using CoopSim.Bench.Validation;
using CoopSim.Model;
using CoopSim.Model.World;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Tests;

public sealed class KernelClosedFormTests
{
    [Fact]
    public void Run_ChainOfExponentialChannels_TimeToReachIsHypoexponential()
    {
        // Three hops with distinct means; the fixed 1 s minimum of each is subtracted before comparing.
        var meansHours = new[] { 1.0, 2.0, 4.0 };
        var world = new TestWorld().Country("AA").Agency("a0", "AA").Agency("a1", "AA").Agency("a2", "AA").Agency("a3", "AA");
        for (var i = 0; i < 3; i++) world.Channel($"c{i}", $"a{i}", $"a{i + 1}", TestWorld.Exp(1, meansHours[i]));
        var scenario = world.Alert("A", "a0").Build();

        var run = RunHelpers.Run(scenario, 4000);
        var times = RunReader.SecondsTo(run, "A", "a3");
        var rates = meansHours.Select(m => 1.0 / (m * 3600 - 1)).ToArray();

        Assert.Equal(4000, times.Count);
        var d = Closed.KolmogorovSmirnov(times.Select(t => t - 3), x => Closed.HypoexponentialCdf(x, rates));
        Assert.True(d < Closed.KsCritical01(times.Count), $"KS D = {d}");
        Assert.InRange(times.Average() / 3600, 6.8, 7.2);
    }

    [Fact]
    public void Run_ChainWithWrongRates_KolmogorovSmirnovRejects()
    {
        // The same statistic must be able to fail: a chain whose means are twice as long is rejected.
        var world = new TestWorld().Country("AA").Agency("a0", "AA").Agency("a1", "AA").Agency("a2", "AA");
        world.Channel("c0", "a0", "a1", TestWorld.Exp(1, 2)).Channel("c1", "a1", "a2", TestWorld.Exp(1, 4));
        var run = RunHelpers.Run(world.Alert("A", "a0").Build(), 2000);
        var times = RunReader.SecondsTo(run, "A", "a2");

        var d = Closed.KolmogorovSmirnov(times.Select(t => t - 2), x => Closed.HypoexponentialCdf(x, [1 / 3599.0, 1 / 7199.0]));
        Assert.True(d > Closed.KsCritical01(times.Count), $"KS D = {d}");
    }

    [Fact]
    public void Run_ChainWithLosses_ReachProbabilityIsProductOfSurvivals()
    {
        var losses = new[] { 0.1, 0.25, 0.4 };
        var world = new TestWorld().Country("AA").Agency("a0", "AA").Agency("a1", "AA").Agency("a2", "AA").Agency("a3", "AA");
        for (var i = 0; i < 3; i++) world.Channel($"c{i}", $"a{i}", $"a{i + 1}", TestWorld.Fixed(Duration.FromMinutes(5)), losses[i]);
        var run = RunHelpers.Run(world.Alert("A", "a0").Build(), 20000);

        var expected = losses.Aggregate(1.0, (p, l) => p * (1 - l));
        var reached = run.Result.Alerts[0].Agencies.Single(a => a.Agency == "a3").Reached;
        var sigma = Math.Sqrt(expected * (1 - expected) / 20000);
        Assert.InRange(reached.Value, expected - 4 * sigma, expected + 4 * sigma);
        Assert.InRange(expected, reached.CiLow - 2 * sigma, reached.CiHigh + 2 * sigma);
    }

    [Fact]
    public void Run_TwoParallelPaths_TimeIsMinimumOfBoth()
    {
        // min(Exp(l1), Exp(l2)) is Exp(l1 + l2); both paths share the same 1 s shift.
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA")
            .Channel("fast", "a", "b", TestWorld.Exp(1, 2)).Channel("slow", "a", "b", TestWorld.Exp(1, 6));
        var run = RunHelpers.Run(world.Alert("A", "a").Build(), 4000);
        var times = RunReader.SecondsTo(run, "A", "b");

        var rate = 1 / 7199.0 + 1 / 21599.0;
        var d = Closed.KolmogorovSmirnov(times.Select(t => t - 1), x => x <= 0 ? 0 : 1 - Math.Exp(-rate * x));
        Assert.True(d < Closed.KsCritical01(times.Count), $"KS D = {d}");
    }

    [Fact]
    public void Run_RoutineAlertOnFridayEvening_WaitsForMondayMorningLocalTime()
    {
        // Friday 18 April 2025, 20:00 in Seoul (UTC+9) is 11:00 UTC; one hour of transit lands at 21:00 local.
        var epoch = new DateTimeOffset(2025, 4, 18, 11, 0, 0, TimeSpan.Zero);
        var hours = OfficeHours.Weekdays(9 * 60, 18 * 60, TestWorld.Fixed(Duration.FromMinutes(30)));
        var world = new TestWorld().Country("KR", 9).Agency("origin", "KR").Agency("office", "KR", hours)
            .Channel("c", "origin", "office", TestWorld.Fixed(Duration.FromHours(1)))
            .Alert("R", "origin", priority: Priority.Routine);
        var run = RunHelpers.Run(world.Build(epoch), 3);

        // Friday 20:00 → Monday 09:00 local is 61 hours.
        Assert.All(RunReader.SecondsTo(run, "R", "office"), t => Assert.Equal(61 * 3600.0, t));
    }

    [Fact]
    public void Run_UrgentAlertOnFridayEvening_ReachesDutyDeskAtOnce()
    {
        var epoch = new DateTimeOffset(2025, 4, 18, 11, 0, 0, TimeSpan.Zero);
        var world = new TestWorld().Country("KR", 9).Agency("origin", "KR").Agency("desk", "KR", OfficeHours.Always)
            .Channel("c", "origin", "desk", TestWorld.Fixed(Duration.FromHours(1)))
            .Alert("U", "origin", priority: Priority.Urgent);
        var run = RunHelpers.Run(world.Build(epoch), 3);

        Assert.All(RunReader.SecondsTo(run, "U", "desk"), t => Assert.Equal(3600.0, t));
    }

    [Fact]
    public void Run_UrgentAlertToClosedOffice_WaitsOnlyTheDutyDelay()
    {
        var epoch = new DateTimeOffset(2025, 4, 18, 11, 0, 0, TimeSpan.Zero);
        var hours = OfficeHours.Weekdays(9 * 60, 18 * 60, TestWorld.Fixed(Duration.FromMinutes(30)));
        var world = new TestWorld().Country("KR", 9).Agency("origin", "KR").Agency("office", "KR", hours)
            .Channel("c", "origin", "office", TestWorld.Fixed(Duration.FromHours(1)))
            .Alert("U", "origin", priority: Priority.Urgent);
        var run = RunHelpers.Run(world.Build(epoch), 3);

        Assert.All(RunReader.SecondsTo(run, "U", "office"), t => Assert.Equal(5400.0, t));
    }

    [Fact]
    public void Run_MoreReplicationsThanExactBudget_MedianIsExponentialMedianWithinHistogramPrecision()
    {
        // Past ValueSketch.ExactBudget percentiles come from the histogram: still the closed-form median
        // (1 s shift plus ln 2 times the mean), and within 1/2048 of the exact sample median.
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA").Channel("c", "a", "b", TestWorld.Exp(1, 2));
        var run = RunHelpers.Run(world.Alert("A", "a").Build(), 3 * ValueSketch.ExactBudget);
        var times = RunReader.SecondsTo(run, "A", "b").Order().ToArray();
        var summary = run.Result.Alerts[0].Agencies.Single(a => a.Agency == "b").TimeToReach;

        var exactMedian = Stats.Percentile(times, 0.5);
        Assert.InRange(summary.P50, exactMedian * (1 - 1 / 2048.0), exactMedian * (1 + 1 / 2048.0));
        var expected = 1 + Math.Log(2) * 7199;
        Assert.InRange(summary.P50, expected * 0.95, expected * 1.05);
        Assert.Equal(times.Average(), summary.Mean, 6);
    }
}
