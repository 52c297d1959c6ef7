using System.Runtime.CompilerServices;
using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Engine;

/// <summary>
/// Runs a run as blocks of consecutive replications, each folded on the silo that ran it (docs/orleans.md, "Blocks"),
/// and hands the blocks' outcomes on in block order. Each slot (a grain, placed on a silo of its own) has
/// <c>perSlot</c> blocks in flight, so a silo starts its next block as soon as one is done; a free slot takes the
/// next range, so a faster silo runs more of them. Block sizes come from <paramref name="nextSize"/>, which may follow
/// the measured cost: bytes never depend on them, since the client merges order-free folds.
/// </summary>
internal sealed class BlockRunner(
    int slots,
    int perSlot,
    Func<int, int> nextSize,
    Func<int, int, int, CancellationToken, Task<BlockOutcome>> call,
    BlockAttempts attempts)
{
    /// <summary>Blocks run ahead of the one the client merges next, at most: what a slow block can make the client hold.</summary>
    private int Window => 4 * slots * perSlot;

    public async IAsyncEnumerable<(int First, int Count, BlockOutcome Outcome)> RunInOrderAsync(int replications,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var gate = new object();
        var blocks = new List<(int First, int Count, TaskCompletionSource<BlockOutcome> Done)>();
        var added = new SemaphoreSlim(0);
        using var room = new SemaphoreSlim(Window);
        var cursor = 0;

        async Task Loop(int slot)
        {
            while (true)
            {
                await room.WaitAsync(stop.Token);
                int first, count;
                TaskCompletionSource<BlockOutcome> done;
                lock (gate)
                {
                    if (cursor >= replications) return;
                    first = cursor;
                    count = Math.Clamp(nextSize(replications - cursor), 1, replications - cursor);
                    cursor += count;
                    done = new TaskCompletionSource<BlockOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
                    blocks.Add((first, count, done));
                }

                added.Release();
                try
                {
                    done.SetResult(await attempts.RunAsync(ct => call(slot, first, count, ct), first, count, stop.Token));
                }
                catch (Exception ex)
                {
                    done.SetException(ex);
                    return;
                }
            }
        }

        var loops = Enumerable.Range(0, slots * perSlot).Select(i => Task.Run(() => Loop(i % slots), stop.Token)).ToArray();
        try
        {
            for (var b = 0; ; b++)
            {
                (int First, int Count, TaskCompletionSource<BlockOutcome> Done) block;
                while (true)
                {
                    lock (gate)
                    {
                        if (b < blocks.Count)
                        {
                            block = blocks[b];
                            break;
                        }

                        if (cursor >= replications) yield break;
                    }

                    await added.WaitAsync(cancellationToken);
                }

                var outcome = await block.Done.Task;
                room.Release();
                yield return (block.First, block.Count, outcome);
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                await Task.WhenAll(loops);
            }
            catch (Exception)
            {
                // Stopped loops (cancelled, or failed with a block the client already saw fail).
            }
        }
    }
}
