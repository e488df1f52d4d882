namespace EvalHarness.Advice;

/// <summary>Every set of fine-tuning reasons made once, so advising shares them instead of allocating.</summary>
internal static class ReasonSets
{
    private const int Count = (int)FineTuneReason.HighVolume + 1;
    private static readonly FineTuneReason[][] Sets = BuildSets();

    /// <summary>The reasons whose bits are set in <paramref name="mask"/> (bit = <see cref="FineTuneReason"/> value), in enum order.</summary>
    public static IReadOnlyList<FineTuneReason> For(int mask) => Sets[mask];

    /// <summary>The bit of one reason.</summary>
    public static int Bit(FineTuneReason reason) => 1 << (int)reason;

    private static FineTuneReason[][] BuildSets()
    {
        var sets = new FineTuneReason[1 << Count][];
        for (var mask = 0; mask < sets.Length; mask++)
        {
            var set = new List<FineTuneReason>();
            for (var reason = 0; reason < Count; reason++)
            {
                if ((mask & (1 << reason)) != 0)
                    set.Add((FineTuneReason)reason);
            }

            sets[mask] = [.. set];
        }

        return sets;
    }
}
