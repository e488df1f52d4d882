namespace EvalHarness.Advice;

/// <summary>The prices and prompt lengths of the cost comparison; the defaults are the course's figures.</summary>
/// <param name="PromptedPricePerMillion">US dollars per million input tokens of the prompted large model.</param>
/// <param name="PromptedSystemTokens">System-prompt tokens sent with every prompted request.</param>
/// <param name="FineTunedPricePerMillion">US dollars per million input tokens of the fine-tuned small model.</param>
/// <param name="FineTunedSystemTokens">System-prompt tokens sent with every fine-tuned request.</param>
public sealed record CostAssumptions(
    decimal PromptedPricePerMillion = CostAssumptions.CoursePromptedPricePerMillion,
    long PromptedSystemTokens = CostAssumptions.CoursePromptedSystemTokens,
    decimal FineTunedPricePerMillion = CostAssumptions.CourseFineTunedPricePerMillion,
    long FineTunedSystemTokens = CostAssumptions.CourseFineTunedSystemTokens)
{
    /// <summary>The course: GPT-4o costs $5 per 1M input tokens.</summary>
    public const decimal CoursePromptedPricePerMillion = 5m;

    /// <summary>The course: the prompted GPT-4o call carries a 500-token system prompt.</summary>
    public const long CoursePromptedSystemTokens = 500;

    /// <summary>The course: fine-tuned GPT-4o-mini costs $0.30 per 1M input tokens.</summary>
    public const decimal CourseFineTunedPricePerMillion = 0.30m;

    /// <summary>The course: the fine-tuned model needs only a 50-token system prompt.</summary>
    public const long CourseFineTunedSystemTokens = 50;

    /// <summary>The course's month for savings: 30 days.</summary>
    public const int DaysPerMonth = 30;

    /// <summary>The course's figures.</summary>
    public static CostAssumptions Course { get; } = new();

    /// <summary>Throws when a price or a prompt length is negative: a caller's mistake, not data.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(PromptedPricePerMillion);
        ArgumentOutOfRangeException.ThrowIfNegative(PromptedSystemTokens);
        ArgumentOutOfRangeException.ThrowIfNegative(FineTunedPricePerMillion);
        ArgumentOutOfRangeException.ThrowIfNegative(FineTunedSystemTokens);
    }
}
