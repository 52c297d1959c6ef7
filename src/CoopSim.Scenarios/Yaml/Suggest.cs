namespace CoopSim.Scenarios.Yaml;

/// <summary>"Did you mean …?" for misspelt keys and ids.</summary>
public static class Suggest
{
    /// <summary>Longer words are not typos of an id; comparing them would cost their length times each candidate's.</summary>
    public const int MaxWordLength = 64;

    /// <summary>How many candidates are compared at most, so that the cost of a suggestion stays bounded.</summary>
    public const int MaxCandidates = 5_000;

    public static string? Closest(string? word, IEnumerable<string?> candidates)
    {
        if (string.IsNullOrEmpty(word) || word.Length > MaxWordLength) return null;
        // Two edits turn any two-letter code into any other ('ZZ' → 'AA'): a short word may differ in all but one letter.
        var limit = Math.Max(1, Math.Min(Math.Max(2, word.Length / 3), word.Length - 1));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Take(MaxCandidates))
        {
            // The distance is at least the difference in length: skip what cannot be close enough.
            if (candidate is null || Math.Abs(candidate.Length - word.Length) > limit) continue;
            var d = Distance(word, candidate);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        return best is not null && bestDistance <= limit ? best : null;
    }

    public static string DidYouMean(string? word, IEnumerable<string?> candidates) =>
        Closest(word, candidates) is { } best ? $"; did you mean '{best}'?" : string.Empty;

    /// <summary>
    /// "Did you mean" over names that stand for an id: a country written by its name ("Vietnam") is offered
    /// its code ("VN"), since scopes and references take codes.
    /// </summary>
    public static string DidYouMean(string? word, IEnumerable<(string Name, string Id)> namedIds)
    {
        var pairs = namedIds.Take(MaxCandidates).ToArray();
        var name = Closest(word, pairs.Select(p => (string?)p.Name));
        if (name is not null) return $"; did you mean '{pairs.First(p => p.Name == name).Id}'?";
        return WordOfOneName(word, pairs) is { } id ? $"; did you mean '{id}'?" : string.Empty;
    }

    /// <summary>
    /// The id of the one name that has <paramref name="word"/> as a whole word ("Korea" in "Republic of Korea"):
    /// a short name is far from the long one by spelling, yet plainly meant.
    /// </summary>
    private static string? WordOfOneName(string? word, IReadOnlyList<(string Name, string Id)> pairs)
    {
        if (string.IsNullOrWhiteSpace(word) || word.Length > MaxWordLength) return null;
        var ids = pairs
            .Where(p => p.Name.Split([' ', ',', '(', ')', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
                .Any(w => string.Equals(w, word.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Select(p => p.Id).Distinct(StringComparer.Ordinal).ToArray();
        return ids.Length == 1 ? ids[0] : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
