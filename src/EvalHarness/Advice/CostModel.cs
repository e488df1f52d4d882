namespace EvalHarness.Advice;

/// <summary>The course's cost comparison: every request pays for its system prompt plus its own tokens, in input tokens.</summary>
public static class CostModel
{
    private const decimal TokensPerMillion = 1_000_000m;

    /// <summary>Compares daily input costs; at the course's 10,000 requests of 200 tokens: $35.00 against $0.75, $1,027.50 a month.</summary>
    public static CostComparison Compare(long dailyRequests, long tokensPerRequest, CostAssumptions? assumptions = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dailyRequests);
        ArgumentOutOfRangeException.ThrowIfNegative(tokensPerRequest);
        assumptions ??= CostAssumptions.Course;
        assumptions.Validate();

        var prompted = DailyCost(dailyRequests, tokensPerRequest + assumptions.PromptedSystemTokens, assumptions.PromptedPricePerMillion);
        var fineTuned = DailyCost(dailyRequests, tokensPerRequest + assumptions.FineTunedSystemTokens, assumptions.FineTunedPricePerMillion);
        return new CostComparison(dailyRequests, tokensPerRequest, prompted, fineTuned, (prompted - fineTuned) * CostAssumptions.DaysPerMonth);
    }

    private static decimal DailyCost(long requests, long tokensEach, decimal pricePerMillion) =>
        (decimal)requests * tokensEach * pricePerMillion / TokensPerMillion;
}
