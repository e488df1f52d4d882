namespace EvalHarness.Reports;

/// <summary>How the JUnit report shows a scored scenario the advisor got wrong.</summary>
/// <param name="Accepted">Whether the miss was accepted already (the baseline shares it), so the test case is skipped, not failed.</param>
/// <param name="Note">Why, in a few words: <c>known miss, accepted in the baseline</c>, <c>regression: the baseline predicted rag</c>; empty when there is nothing to add.</param>
public sealed record MissVerdict(bool Accepted, string Note)
{
    /// <summary>A miss nothing accepted: a failure, without a note.</summary>
    public static MissVerdict Failure { get; } = new(false, "");
}
