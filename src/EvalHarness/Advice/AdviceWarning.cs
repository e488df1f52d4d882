namespace EvalHarness.Advice;

/// <summary>A caution attached to advice: a stable code and one sentence for people.</summary>
/// <param name="Code">The kind of warning.</param>
/// <param name="Message">One sentence saying what to do.</param>
public sealed record AdviceWarning(WarningCode Code, string Message);
