using System.Collections.Concurrent;
using CoopSim.Simulation.Kernel;

namespace CoopSim.Simulation.Tests.Kernel;

public sealed class WindowHelpersTests
{
    [Fact]
    public void Run_ManyPhases_EveryWorkerRunsEachPhaseOnceAndRunReturnsAfterAll()
    {
        using var helpers = new WindowHelpers(2);
        var counts = new int[3];
        for (var phase = 1; phase <= 500; phase++)
        {
            helpers.Run(worker => Interlocked.Increment(ref counts[worker]));
            // Run returns only when every worker has finished this phase.
            Assert.All(counts, count => Assert.Equal(phase, Volatile.Read(ref count)));
        }
    }

    [Fact]
    public void Run_AfterHelpersHaveGoneToSleep_WakesThemForTheNextPhase()
    {
        using var helpers = new WindowHelpers(1);
        var workers = new ConcurrentBag<int>();
        for (var phase = 0; phase < 3; phase++)
        {
            // Far longer than a helper spins: it sleeps and must be woken.
            Thread.Sleep(30);
            helpers.Run(workers.Add);
        }

        Assert.Equal([0, 0, 0, 1, 1, 1], workers.Order());
    }

    [Fact]
    public void Run_HelperThrows_ThrowsOnTheCallerAndNextPhaseRuns()
    {
        using var helpers = new WindowHelpers(1);
        var error = Assert.Throws<InvalidOperationException>(() => helpers.Run(worker =>
        {
            if (worker == 1) throw new ArithmeticException("helper");
        }));
        Assert.IsType<ArithmeticException>(error.InnerException);

        var ran = 0;
        helpers.Run(_ => Interlocked.Increment(ref ran));
        Assert.Equal(2, ran);
    }

    [Fact]
    public void Dispose_AfterPhases_EveryHelperThreadEnds()
    {
        var threads = new ConcurrentBag<Thread>();
        var helpers = new WindowHelpers(2);
        helpers.Run(worker =>
        {
            if (worker > 0) threads.Add(Thread.CurrentThread);
        });
        helpers.Dispose();

        Assert.Equal(2, threads.Count);
        Assert.All(threads, thread => Assert.True(thread.Join(TimeSpan.FromSeconds(10)), "a helper thread is still running"));
    }

    /// <summary>
    /// A kernel keeps its helpers across replications and is never disposed: idle helpers must end by themselves,
    /// and the next phase must start them again and still run on every worker.
    /// </summary>
    [Fact]
    public void Run_AfterHelpersEndedOnIdleness_StartsThemAgainAndRunsEveryWorker()
    {
        using var helpers = new WindowHelpers(2, idleExit: TimeSpan.FromMilliseconds(20));
        var first = new ConcurrentBag<Thread>();
        helpers.Run(worker =>
        {
            if (worker > 0) first.Add(Thread.CurrentThread);
        });
        Assert.All(first, thread => Assert.True(thread.Join(TimeSpan.FromSeconds(10)), "an idle helper did not end"));

        var counts = new int[3];
        helpers.Run(worker => Interlocked.Increment(ref counts[worker]));

        Assert.Equal([1, 1, 1], counts);
        Assert.Equal(4, helpers.ThreadsStarted);
    }
}
