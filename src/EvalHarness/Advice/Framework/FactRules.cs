namespace EvalHarness.Advice.Framework;

/// <summary>The rules that fire on facts (the scenario's columns, or numbers read from its text).</summary>
internal static class FactRules
{
    /// <summary>Requests per day: high volume favours fine-tuning, a trickle favours prompting.</summary>
    public const string DailyRequests = "fact.daily-requests";

    /// <summary>Training examples: under 50 rarely helps, 100–500 or more is the course's aim.</summary>
    public const string TrainingExamples = "fact.training-examples";

    /// <summary>A system prompt of 500 tokens or more is one fine-tuning could shrink.</summary>
    public const string SystemPromptTokens = "fact.system-prompt-tokens";

    /// <summary>The fact rules for the catalogue.</summary>
    public static IReadOnlyList<AdvisorRule> All { get; } =
    [
        new(DailyRequests, "fact", "requests per day (column or text): >= 10,000 favours fine-tuning, <= 100 favours prompting"),
        new(TrainingExamples, "fact", "training examples (column or text): < 50 favours prompting, >= 100 favours fine-tuning"),
        new(SystemPromptTokens, "fact", "system prompt length read from text: >= 500 tokens is a reason to fine-tune"),
    ];
}
