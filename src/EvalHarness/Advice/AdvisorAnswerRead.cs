namespace EvalHarness.Advice;

/// <summary>What <see cref="AdvisorAnswerJson.Read"/> made of one answer object; immutable.</summary>
/// <param name="Advice">The advice, when the answer named a known approach.</param>
/// <param name="AdvisorError">The advisor's own error message, when it answered with <c>"error"</c> instead of advice.</param>
/// <param name="Problem">Why the answer cannot be used (no approach, an unknown one, the wrong type), when it cannot.</param>
/// <param name="Ignored">Optional parts that were not understood and were left out, one sentence each (an unknown warning code).</param>
public sealed record AdvisorAnswerRead(ScenarioAdvice? Advice, string? AdvisorError, string? Problem, IReadOnlyList<string> Ignored);
