namespace EvalHarness.Advice;

/// <summary>One question of the framework as the advisor answered it, with the evidence that decided it; immutable.</summary>
/// <param name="Question">The question asked.</param>
/// <param name="Answer">The answer: <c>true</c> for yes.</param>
/// <param name="Evidence">What was found for and against this question, in the order found.</param>
/// <remarks>
/// The scores are optional, so an advisor that gives only an answer still makes a valid step; the built-in advisor fills
/// them all, so a reader sees why it answered yes or no.
/// </remarks>
public sealed record DecisionStep(FrameworkQuestion Question, bool Answer, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>The question's own score (for the built-in advisor, its evidence's weights added up); <c>null</c> when not given.</summary>
    public int? Score { get; init; }

    /// <summary>The least <see cref="Score"/> that can answer yes; <c>null</c> when not given.</summary>
    public int? Threshold { get; init; }

    /// <summary>The scores the question was weighed against, and whether it beat each; a yes needs every one beaten.</summary>
    public IReadOnlyList<RivalScore> Rivals { get; init; } = [];

    /// <summary>A rule of the course that decided the answer over the scores, such as a one-off task; <c>null</c> when none did.</summary>
    public string? Note { get; init; }
}
