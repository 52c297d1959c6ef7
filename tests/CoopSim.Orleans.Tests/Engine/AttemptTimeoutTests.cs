using CoopSim.Orleans.Engine;

namespace CoopSim.Orleans.Tests.Engine;

public sealed class AttemptTimeoutTests
{
    [Fact]
    public void For_BeforeAnyCallAnswered_AllowsTheSlowestPlausibleCall()
    {
        var timeout = new AttemptTimeout(TimeSpan.FromSeconds(20), 10);

        Assert.Equal(TimeSpan.FromHours(6), timeout.For(27));
    }

    [Fact]
    public void For_ABlockLongerThanAnySeen_GetsTimeInProportionToItsReplications()
    {
        var timeout = new AttemptTimeout(TimeSpan.FromSeconds(20), 10);

        // Three replications in 3 s: one second each at most.
        timeout.Observe(TimeSpan.FromSeconds(3), 3);

        // A block of 27 gets ten times 27 s, not ten times the 3 s the longest call took.
        Assert.Equal(TimeSpan.FromSeconds(270), timeout.For(27));
        Assert.Equal(TimeSpan.FromSeconds(20), timeout.For(1));
    }

    [Fact]
    public void Observe_AFasterCall_KeepsTheSlowestRatePerReplication()
    {
        var timeout = new AttemptTimeout(TimeSpan.FromSeconds(1), 10);
        timeout.Observe(TimeSpan.FromSeconds(4), 2);

        timeout.Observe(TimeSpan.FromSeconds(10), 100);

        Assert.Equal(TimeSpan.FromSeconds(200), timeout.For(10));
    }
}
