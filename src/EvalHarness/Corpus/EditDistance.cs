namespace EvalHarness.Corpus;

/// <summary>Levenshtein distance ignoring ASCII case, for did-you-mean hints on column names and ids.</summary>
public static class EditDistance
{
    /// <summary>The number of single-character insertions, deletions and substitutions that turn one text into the other.</summary>
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Fold(a[i - 1]) == Fold(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The candidate nearest to the text when it is close enough to be a typo of it, otherwise <c>null</c>.</summary>
    /// <remarks>Close means at most a third of the candidate's length (1 to 3 edits), so 'x' is not offered 'id'.</remarks>
    public static string? Nearest(string text, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var limit = Math.Clamp(candidate.Length / 3, 1, 3);
            // The distance is at least the difference in length, so most candidates need no table at all.
            if (Math.Abs(candidate.Length - text.Length) > limit)
                continue;
            var distance = Between(text, candidate);
            if (distance < bestDistance && distance <= limit)
                (best, bestDistance) = (candidate, distance);
        }

        return best;
    }

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
}
