using CoopSim.Simulation.Kernel;
using FsCheck.Xunit;

namespace CoopSim.Simulation.Tests.Kernel;

/// <summary>The packed 16-byte key keeps its three parts and the (time, sender, sequence) order of docs/architecture.md, "The kernel".</summary>
public sealed class EventKeyTests
{
    [Property(MaxTest = 500)]
    public bool Precedes_AnyTwoKeys_AgreesWithLexicographicOrder(long t1, int s1, uint q1, long t2, int s2, uint q2)
    {
        s1 = Math.Max(-1, s1);
        s2 = Math.Max(-1, s2);
        var a = new EventKey(t1, s1, q1);
        var b = new EventKey(t2, s2, q2);
        var expected = (t1, s1, (long)q1).CompareTo((t2, s2, (long)q2)) < 0;
        return a.Precedes(b) == expected && (a.Time, a.Sender, a.Seq) == (t1, s1, (long)q1);
    }

    [Fact]
    public void Constructor_IssueKey_KeepsSenderMinusOneFirst()
    {
        var issue = new EventKey(10, -1, 7);
        var agency = new EventKey(10, 0, 0);

        Assert.Equal((10L, -1, 7L), (issue.Time, issue.Sender, issue.Seq));
        Assert.True(issue.Precedes(agency));
    }

    [Theory]
    [InlineData(-2, 0L)]
    [InlineData(0, -1L)]
    [InlineData(0, 1L << 32)]
    public void Constructor_OutsideThePackedRange_Throws(int sender, long seq) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventKey(0, sender, seq));
}
