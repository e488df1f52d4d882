namespace EvalHarness.Advice.Framework;

/// <summary>
/// The rival scores of a step, made once for each combination met and shared, so a step's rivals cost no allocation once
/// a run has seen their scores (scores are small: a family counts at most <see cref="ScoreSheet.FamilyCap"/>).
/// </summary>
internal static class RivalSets
{
    // A cache with one slot per hash, the last set made for it: a lookup is a load and a compare, and threads racing to
    // fill a slot only make equal sets. Scenarios share few combinations of scores, so slots are rarely taken over.
    private const int Slots = 4096;
    private static readonly Made?[] Cache = new Made?[Slots];

    /// <summary>One rival: <paramref name="rival"/> (one of <see cref="Rivals"/>) scoring <paramref name="score"/> against <paramref name="against"/>.</summary>
    public static RivalScore[] Of(string rival, int score, int against, bool beaten)
    {
        var key = Key(rival, score, against, beaten);
        return Find(key) ?? Keep(key, [new(rival, score, against, beaten)]);
    }

    /// <summary>Two rivals, in this order.</summary>
    public static RivalScore[] Of(string rival, int score, int against, bool beaten, string second, int secondScore, int secondAgainst, bool secondBeaten)
    {
        var first = Key(rival, score, against, beaten);
        var other = Key(second, secondScore, secondAgainst, secondBeaten);
        var key = first < 0 || other < 0 ? -1 : (1L << 40) | (first << 20) | other;
        return Find(key) ?? Keep(key, [new(rival, score, against, beaten), new(second, secondScore, secondAgainst, secondBeaten)]);
    }

    private static RivalScore[]? Find(long key) =>
        key >= 0 && Volatile.Read(ref Cache[Slot(key)]) is { } made && made.Key == key ? made.Rivals : null;

    private static RivalScore[] Keep(long key, RivalScore[] rivals)
    {
        if (key >= 0)
            Volatile.Write(ref Cache[Slot(key)], new Made(key, rivals));
        return rivals;
    }

    private static int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 52);

    /// <summary>A set of rivals and the key it was made for.</summary>
    private sealed record Made(long Key, RivalScore[] Rivals);

    /// <summary>A rival in 20 bits: its name, both scores in 8 bits each, and whether it was beaten; -1 when a score does not fit.</summary>
    private static long Key(string rival, int score, int against, bool beaten)
    {
        if (score is < sbyte.MinValue or > sbyte.MaxValue || against is < sbyte.MinValue or > sbyte.MaxValue)
            return -1;
        // The names are the constants of Rivals, so a reference compare finds them.
        var name = ReferenceEquals(rival, Rivals.FineTuning) ? 0 : ReferenceEquals(rival, Rivals.FineTuningCostReasons) ? 1 : 2;
        return ((long)name << 17) | ((long)(byte)(sbyte)score << 9) | ((long)(byte)(sbyte)against << 1) | (beaten ? 1L : 0);
    }
}
