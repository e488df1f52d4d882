namespace EvalHarness.Advice;

/// <summary>One question of the framework as the advisor answered it, with the evidence that decided it.</summary>
/// <param name="Question">The question asked.</param>
/// <param name="Answer">The answer: <c>true</c> for yes.</param>
/// <param name="Evidence">What was found for and against, in the order found.</param>
public sealed record DecisionStep(FrameworkQuestion Question, bool Answer, IReadOnlyList<Evidence> Evidence);
