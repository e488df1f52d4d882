namespace EvalHarness.Advice.Framework;

/// <summary>Every set of fine-tuning reasons made once, so advising shares them instead of allocating.</summary>
internal static class ReasonSets
{
    private const int Count = (int)FineTuneReason.HighVolume + 1;
    private static readonly FineTuneReason[][] Sets =
        MaskSets.Build(Enumerable.Range(0, Count).Select(reason => (FineTuneReason)reason).ToArray());

    /// <summary>The reasons whose bits are set in <paramref name="mask"/> (bit = <see cref="FineTuneReason"/> value), in enum order.</summary>
    public static IReadOnlyList<FineTuneReason> For(int mask) => Sets[mask];

    /// <summary>The bit of one reason.</summary>
    public static int Bit(FineTuneReason reason) => 1 << (int)reason;
}
