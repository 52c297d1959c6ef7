namespace CoopSim.Studies.Scheduling;

/// <summary>
/// Starts a study's units (sweep points, design points, advice runs) at most a given number at once and hands back
/// their tasks in unit order, so results are read in that order whatever finished first, and a caller can drop each
/// result once it has read it.
/// </summary>
internal static class SideBySide
{
    public static Task<T>[] Start<T>(int count, int atOnce, Func<int, Task<T>> run, CancellationToken cancellationToken)
    {
        // Not disposed: it never makes a wait handle, and the tasks it gates outlive this call.
        var gate = new SemaphoreSlim(Math.Max(1, atOnce));
        return Enumerable.Range(0, count).Select(async index =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                // On a pool thread: an engine that runs in-process does its work before its first await.
                return await Task.Run(() => run(index), cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }).ToArray();
    }
}
