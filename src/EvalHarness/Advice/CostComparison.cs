namespace EvalHarness.Advice;

/// <summary>The course's cost comparison: a prompted large model against a fine-tuned small one, in US dollars.</summary>
/// <param name="DailyRequests">Requests per day.</param>
/// <param name="TokensPerRequest">Input tokens per request, excluding the system prompt.</param>
/// <param name="PromptedDailyCost">Daily input cost of the prompted model with its long system prompt.</param>
/// <param name="FineTunedDailyCost">Daily input cost of the fine-tuned model with its short system prompt.</param>
/// <param name="MonthlySavings">The difference over a 30-day month.</param>
public sealed record CostComparison(
    long DailyRequests,
    long TokensPerRequest,
    decimal PromptedDailyCost,
    decimal FineTunedDailyCost,
    decimal MonthlySavings)
{
    /// <summary>The prices and prompt lengths the costs were computed with; <c>null</c> when not known (an advisor that only gave the figures).</summary>
    public CostAssumptions? Assumptions { get; init; }

    /// <summary>Whether the prompted model's system-prompt length is the one the scenario states ("a 3,000-token system prompt"), not an assumption.</summary>
    public bool PromptedSystemTokensStated { get; init; }

    /// <summary>The daily difference, prompted minus fine-tuned.</summary>
    public decimal DailySavings => PromptedDailyCost - FineTunedDailyCost;
}
