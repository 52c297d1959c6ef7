using System.Collections.Concurrent;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// A few values a silo made from what a client shipped, by hash: each made once however many calls ask for it at once,
/// the oldest dropped past <paramref name="kept"/>. A making that fails is not kept, so the next call tries again (a
/// client that went away mid-call must not poison the hash for the next run).
/// </summary>
internal sealed class KeptByHash<T>(int kept)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<T>>> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public async Task<T> GetAsync(string hash, Func<Task<T>> make)
    {
        var entry = _values.GetOrAdd(hash, h =>
        {
            _order.Enqueue(h);
            return new Lazy<Task<T>>(make);
        });
        try
        {
            var value = await entry.Value;
            while (_order.Count > kept && _order.TryDequeue(out var oldest)) _values.TryRemove(oldest, out _);
            return value;
        }
        catch
        {
            Forget(hash, entry);
            throw;
        }
    }

    /// <summary>Drops what was made for <paramref name="hash"/>, so that the next call makes it again.</summary>
    public void Forget(string hash)
    {
        if (_values.TryGetValue(hash, out var entry)) Forget(hash, entry);
    }

    private void Forget(string hash, Lazy<Task<T>> entry) => _values.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(hash, entry));
}
