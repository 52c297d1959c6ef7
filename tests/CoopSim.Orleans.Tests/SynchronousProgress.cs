namespace CoopSim.Orleans.Tests;

/// <summary>Progress&lt;T&gt; posts to a synchronization context; tests need the calls as they happen.</summary>
internal sealed class SynchronousProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
