using Bogus;

namespace EvalHarness.Synthetic;

/// <summary>
/// The numbers of one scenario, drawn to agree with its branch: a handful of examples for too-little-data,
/// tens of thousands of requests for high-volume, neutral or unknown figures elsewhere.
/// </summary>
/// <param name="InText">The number the branch's sentences mention as {n}.</param>
/// <param name="DailyRequests">The daily_requests column, or <c>null</c> when left empty.</param>
/// <param name="TokensPerRequest">The tokens_per_request column, or <c>null</c>.</param>
/// <param name="TrainingExamples">The training_examples column, or <c>null</c>.</param>
internal readonly record struct BranchNumbers(long InText, long? DailyRequests, long? TokensPerRequest, long? TrainingExamples)
{
    /// <summary>Draws the numbers of a branch.</summary>
    public static BranchNumbers Draw(SyntheticBranch branch, Randomizer random)
    {
        switch (branch)
        {
            case SyntheticBranch.PromptingWorks:
                return new(random.Number(2, 8), Maybe(random, 0.4f, 200, 5_000), null, null);
            case SyntheticBranch.OneOff:
                return new(Round(random.Number(200, 5_000)), null, null, null);
            case SyntheticBranch.TooLittleData:
                var examples = random.Number(5, 45);
                return new(examples, null, null, random.Bool(0.7f) ? examples : null);
            case SyntheticBranch.Format:
            case SyntheticBranch.StylePersona:
                return new(0, null, null, Maybe(random, 0.5f, 300, 5_000));
            case SyntheticBranch.ShorterPrompts:
                return new(Round(random.Number(1_200, 4_000)), null, null, null);
            case SyntheticBranch.Latency:
                return new(random.Number(3, 10) * 50, null, null, null);
            case SyntheticBranch.HighVolume:
                var daily = Round(random.Number(20_000, 3_000_000));
                return new(daily, daily, Maybe(random, 0.7f, 80, 600), null);
            case SyntheticBranch.PromptHarder:
                return new(0, null, null, null);
            default:
                // Retrieval branches: a moderate volume, neither high nor tiny, says nothing either way.
                return new(0, Maybe(random, 0.4f, 500, 9_000), Maybe(random, 0.4f, 100, 800), null);
        }
    }

    private static long? Maybe(Randomizer random, float chance, int min, int max) =>
        random.Bool(chance) ? Round(random.Number(min, max)) : null;

    /// <summary>Rounds to two significant digits, as people write volumes (23,000 rather than 23,417).</summary>
    private static long Round(long value)
    {
        long unit = 1;
        while (value / unit >= 100)
            unit *= 10;
        return value / unit * unit;
    }
}
