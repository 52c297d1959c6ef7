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
        // One replication is 1 s of work, but a call took 3 s: ten times that.
        Assert.Equal(TimeSpan.FromSeconds(30), timeout.For(1));
    }

    [Fact]
    public void Observe_ALaterFasterCall_SizesByItsRateButNeverBelowTheLongestCall()
    {
        var timeout = new AttemptTimeout(TimeSpan.FromSeconds(1), 10);
        // A first call of two replications that paid for a compile, then a block of a hundred at 0.1 s each.
        timeout.Observe(TimeSpan.FromSeconds(4), 2);
        timeout.Observe(TimeSpan.FromSeconds(10), 100);

        Assert.Equal(TimeSpan.FromSeconds(200), timeout.For(200));
        // Ten replications at the latest rate are 1 s of work, but the longest call took 10 s.
        Assert.Equal(TimeSpan.FromSeconds(100), timeout.For(10));
    }
}
