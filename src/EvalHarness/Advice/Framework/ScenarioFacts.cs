namespace EvalHarness.Advice.Framework;

/// <summary>The facts the advisor uses: the scenario's columns where given, otherwise what the text says.</summary>
/// <param name="DailyRequests">Requests per day.</param>
/// <param name="TokensPerRequest">Input tokens per request.</param>
/// <param name="TrainingExamples">Training examples available.</param>
/// <param name="SystemPromptTokens">Length of the current system prompt, read from text only.</param>
internal readonly record struct ScenarioFacts(long? DailyRequests, long? TokensPerRequest, long? TrainingExamples, long? SystemPromptTokens);
