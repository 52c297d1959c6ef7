namespace CoopSim.Model;

/// <summary>FNV-1a over UTF-16 code units: unlike <see cref="string.GetHashCode()"/> it is the same in every process.</summary>
public static class StableHash
{
    public static ulong Of(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }

        return h;
    }
}
