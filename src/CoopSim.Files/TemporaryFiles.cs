using System.Collections.Concurrent;

namespace CoopSim.Files;

/// <summary>
/// The temporary files this process has open, so that a process stopped by a signal (which may not wait for
/// every writer to unwind) can still remove them before it exits.
/// </summary>
public static class TemporaryFiles
{
    private static readonly ConcurrentDictionary<string, byte> Open = new(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Current => Open.Keys.ToArray();

    public static void Register(string path) => Open.TryAdd(path, 0);

    public static void Forget(string path) => Open.TryRemove(path, out _);

    /// <summary>Deletes every registered temporary file; never throws (it runs on the way out).</summary>
    public static void DeleteAll()
    {
        foreach (var path in Open.Keys)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done on the way out; the name starts with a dot and ends in .tmp.
            }

            Open.TryRemove(path, out _);
        }
    }
}
