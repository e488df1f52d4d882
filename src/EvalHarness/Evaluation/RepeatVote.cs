using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>
/// Turns the answers to a scenario's repeats into one outcome: the majority's advice, or an error when no repeat
/// answered, or no prediction when the leading approaches tie (unstable, and scored wrong).
/// </summary>
internal static class RepeatVote
{
    /// <summary>Decides one scenario from its answers, in repeat order.</summary>
    public static (ScenarioAdvice? Advice, string? Error, double Stability, TokenUsage? Usage) Decide(ReadOnlySpan<AdvisorAnswer> answers)
    {
        // The module skips zeroing locals (SkipLocalsInit), so the counts start from a cleared span.
        Span<int> counts = stackalloc int[ApproachCount.Value];
        counts.Clear();
        TokenUsage? usage = null;
        string? firstError = null;
        var failed = 0;
        foreach (var answer in answers)
        {
            if (answer.Usage is { } spent)
                usage = usage is null ? spent : usage + spent;
            if (answer.Advice is { } advice)
                counts[(int)advice.Approach]++;
            else
            {
                failed++;
                firstError ??= answer.Error;
            }
        }

        if (failed == answers.Length)
        {
            var error = answers.Length == 1 ? firstError! : $"all {answers.Length} repeats failed; the first: {firstError}";
            return (null, error, 0, usage);
        }

        var leader = 0;
        for (var k = 1; k < counts.Length; k++)
            if (counts[k] > counts[leader])
                leader = k;
        var stability = (double)counts[leader] / answers.Length;
        for (var k = 0; k < counts.Length; k++)
            if (k != leader && counts[k] == counts[leader])
                return (null, null, stability, usage);

        // The majority's advice is its first answer, so the explanation shown is one the advisor really gave.
        foreach (var answer in answers)
            if (answer.Advice is { } advice && (int)advice.Approach == leader)
                return (advice, null, stability, usage);
        throw new InvalidOperationException("unreachable: the leading approach has an answer");
    }
}
