using System.Collections.Concurrent;

namespace EvalHarness.Advice.Framework;

/// <summary>
/// The rival scores of a step, made once for each combination met and shared, so a step's rivals cost no allocation once
/// a run has seen their scores (scores are small: a family counts at most <see cref="ScoreSheet.FamilyCap"/>).
/// </summary>
internal static class RivalSets
{
    private static readonly string[] Names = [Rivals.FineTuning, Rivals.FineTuningCostReasons, Rivals.Knowledge];
    private static readonly ConcurrentDictionary<long, RivalScore[]> Made = new();

    /// <summary>One rival: <paramref name="rival"/> (one of <see cref="Rivals"/>) scoring <paramref name="score"/> against <paramref name="against"/>.</summary>
    public static RivalScore[] Of(string rival, int score, int against, bool beaten)
    {
        var key = Key(rival, score, against, beaten);
        if (key >= 0 && Made.TryGetValue(key, out var rivals))
            return rivals;
        rivals = [new(rival, score, against, beaten)];
        return key < 0 ? rivals : Made.GetOrAdd(key, rivals);
    }

    /// <summary>Two rivals, in this order.</summary>
    public static RivalScore[] Of(string rival, int score, int against, bool beaten, string second, int secondScore, int secondAgainst, bool secondBeaten)
    {
        var first = Key(rival, score, against, beaten);
        var other = Key(second, secondScore, secondAgainst, secondBeaten);
        var key = first < 0 || other < 0 ? -1 : (1L << 40) | (first << 20) | other;
        if (key >= 0 && Made.TryGetValue(key, out var rivals))
            return rivals;
        rivals = [new(rival, score, against, beaten), new(second, secondScore, secondAgainst, secondBeaten)];
        return key < 0 ? rivals : Made.GetOrAdd(key, rivals);
    }

    /// <summary>A rival in 20 bits: its name, both scores in 8 bits each, and whether it was beaten; -1 when a score does not fit.</summary>
    private static long Key(string rival, int score, int against, bool beaten)
    {
        if (score is < sbyte.MinValue or > sbyte.MaxValue || against is < sbyte.MinValue or > sbyte.MaxValue)
            return -1;
        return ((long)Array.IndexOf(Names, rival) << 17) | ((long)(byte)(sbyte)score << 9) | ((long)(byte)(sbyte)against << 1) | (beaten ? 1L : 0);
    }
}
