using CoopSim.Studies.Scheduling;

namespace CoopSim.Studies.Tests.Scheduling;

public sealed class SideBySideTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Start_ManyUnits_NeverMoreThanAtOnceRun(int atOnce)
    {
        var running = 0;
        var most = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = SideBySide.Start(8, atOnce, async index =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await release.Task;
            Interlocked.Decrement(ref running);
            return index;
        }, CancellationToken.None);

        // Readiness, not a fixed sleep: the first atOnce units are under way before any may finish.
        while (Volatile.Read(ref running) < atOnce) await Task.Delay(10);
        release.SetResult();
        await Task.WhenAll(tasks);

        Assert.Equal(atOnce, most);
    }

    [Fact]
    public async Task Start_UnitsFinishingInReverse_ResultsStayInUnitOrder()
    {
        var done = Enumerable.Range(0, 5).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var started = 0;
        var tasks = SideBySide.Start(5, 5, async index =>
        {
            Interlocked.Increment(ref started);
            await done[index].Task;
            return index * 10;
        }, CancellationToken.None);

        while (Volatile.Read(ref started) < 5) await Task.Delay(10);
        for (var i = 4; i >= 0; i--)
        {
            done[i].SetResult();
            await tasks[i];
            Assert.All(tasks[..i], t => Assert.False(t.IsCompleted));
        }

        var results = await Task.WhenAll(tasks);
        Assert.Equal(new[] { 0, 10, 20, 30, 40 }, results);
    }

    [Fact]
    public async Task Start_Cancelled_UnitsNotStartedNeverRun()
    {
        using var cancel = new CancellationTokenSource();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        var tasks = SideBySide.Start(4, 1, async index =>
        {
            Interlocked.Increment(ref started);
            await release.Task;
            return index;
        }, cancel.Token);

        while (Volatile.Read(ref started) < 1) await Task.Delay(10);
        cancel.Cancel();
        release.SetResult();

        Assert.Equal(0, await tasks[0]);
        foreach (var task in tasks[1..]) await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.Equal(1, started);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var was = Interlocked.CompareExchange(ref target, value, seen);
            if (was == seen) return;
            seen = was;
        }
    }
}
