namespace EvalHarness.Advice.Predictions;

/// <summary>One answer of a predictions file: the advice (without cost, which comes from the scenario) or an error, and where it was read.</summary>
/// <param name="Line">The line of the file it was read from.</param>
/// <param name="Advice">The advice; <c>null</c> when the file records an error for the scenario.</param>
/// <param name="Error">The recorded error, when there is no advice.</param>
internal sealed record Prediction(int Line, ScenarioAdvice? Advice, string? Error);
