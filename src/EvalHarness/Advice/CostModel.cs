using System.Diagnostics.CodeAnalysis;

namespace EvalHarness.Advice;

/// <summary>The course's cost comparison: every request pays for its system prompt plus its own tokens, in input tokens.</summary>
public static class CostModel
{
    private const decimal TokensPerMillion = 1_000_000m;

    /// <summary>Compares daily input costs; at the course's 10,000 requests of 200 tokens: $35.00 against $0.75, $1,027.50 a month.</summary>
    /// <exception cref="OverflowException">The costs exceed what a decimal holds (about 7.9e28 dollars); see <see cref="TryCompare"/>.</exception>
    public static CostComparison Compare(long dailyRequests, long tokensPerRequest, CostAssumptions? assumptions = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dailyRequests);
        ArgumentOutOfRangeException.ThrowIfNegative(tokensPerRequest);
        assumptions ??= CostAssumptions.Course;
        assumptions.Validate();

        var prompted = DailyCost(dailyRequests, (decimal)tokensPerRequest + assumptions.PromptedSystemTokens, assumptions.PromptedPricePerMillion);
        var fineTuned = DailyCost(dailyRequests, (decimal)tokensPerRequest + assumptions.FineTunedSystemTokens, assumptions.FineTunedPricePerMillion);
        return new CostComparison(dailyRequests, tokensPerRequest, prompted, fineTuned, (prompted - fineTuned) * CostAssumptions.DaysPerMonth)
        {
            Assumptions = assumptions,
        };
    }

    /// <summary>Compares daily input costs, or returns <c>false</c> when the figures are too large for any cost to be represented.</summary>
    /// <remarks>Counts read from free text can be absurd ("99999999999999999999 requests a day"); they must not make advice fail.</remarks>
    public static bool TryCompare(long dailyRequests, long tokensPerRequest, CostAssumptions? assumptions, [NotNullWhen(true)] out CostComparison? comparison)
    {
        try
        {
            comparison = Compare(dailyRequests, tokensPerRequest, assumptions);
            return true;
        }
        catch (OverflowException)
        {
            comparison = null;
            return false;
        }
    }

    // Tokens are added as decimals: a long near its maximum plus a system prompt would wrap around to a negative count.
    private static decimal DailyCost(long requests, decimal tokensEach, decimal pricePerMillion) =>
        requests * tokensEach * pricePerMillion / TokensPerMillion;
}
