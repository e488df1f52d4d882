using System.Diagnostics.CodeAnalysis;

namespace EvalHarness.Advice;

/// <summary>The course's cost comparison: every request pays for its system prompt plus its own tokens, in input tokens.</summary>
public static class CostModel
{
    private const decimal TokensPerMillion = 1_000_000m;
    private const ulong TokensPerMillionWhole = 1_000_000;

    // The quotient's scale is the price's plus six, and a decimal holds at most 28.
    private const int MaxExactScale = 22;

    /// <summary>Compares daily input costs; at the course's 10,000 requests of 200 tokens: $35.00 against $0.75, $1,027.50 a month.</summary>
    /// <exception cref="OverflowException">The costs exceed what a decimal holds (about 7.9e28 dollars); see <see cref="TryCompare(long, long, CostAssumptions?, out CostComparison?)"/>.</exception>
    public static CostComparison Compare(long dailyRequests, long tokensPerRequest, CostAssumptions? assumptions = null) =>
        Compare(dailyRequests, tokensPerRequest, assumptions, promptedSystemTokensStated: false);

    /// <summary>Compares daily input costs, saying whether the prompted system prompt's length was stated (see <see cref="CostComparison.PromptedSystemTokensStated"/>).</summary>
    internal static CostComparison Compare(long dailyRequests, long tokensPerRequest, CostAssumptions? assumptions, bool promptedSystemTokensStated)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dailyRequests);
        ArgumentOutOfRangeException.ThrowIfNegative(tokensPerRequest);
        assumptions ??= CostAssumptions.Course;
        assumptions.Validate();

        var prompted = DailyCost(dailyRequests, tokensPerRequest, assumptions.PromptedSystemTokens, assumptions.PromptedPricePerMillion);
        var fineTuned = DailyCost(dailyRequests, tokensPerRequest, assumptions.FineTunedSystemTokens, assumptions.FineTunedPricePerMillion);
        return new CostComparison(dailyRequests, tokensPerRequest, prompted, fineTuned, (prompted - fineTuned) * CostAssumptions.DaysPerMonth)
        {
            Assumptions = assumptions,
            PromptedSystemTokensStated = promptedSystemTokensStated,
        };
    }

    /// <summary>Compares daily input costs, or returns <c>false</c> when the figures are too large for any cost to be represented.</summary>
    /// <remarks>Counts read from free text can be absurd ("99999999999999999999 requests a day"); they must not make advice fail.</remarks>
    public static bool TryCompare(long dailyRequests, long tokensPerRequest, CostAssumptions? assumptions, [NotNullWhen(true)] out CostComparison? comparison) =>
        TryCompare(dailyRequests, tokensPerRequest, assumptions, promptedSystemTokensStated: false, out comparison);

    /// <summary>As <see cref="TryCompare(long, long, CostAssumptions?, out CostComparison?)"/>, saying whether the prompted system prompt's length was stated.</summary>
    internal static bool TryCompare(long dailyRequests, long tokensPerRequest, CostAssumptions? assumptions, bool promptedSystemTokensStated,
        [NotNullWhen(true)] out CostComparison? comparison)
    {
        try
        {
            comparison = Compare(dailyRequests, tokensPerRequest, assumptions, promptedSystemTokensStated);
            return true;
        }
        catch (OverflowException)
        {
            comparison = null;
            return false;
        }
    }

    /// <summary>requests × (tokens + system tokens) × price ÷ 1,000,000: the very decimal <see cref="DecimalDailyCost"/> gives, sooner.</summary>
    /// <remarks>
    /// Decimal division cost the advice of a scenario with volume figures about 40 ns of its 1.2 µs. For the figures
    /// scenarios state (a product that fits 64 bits, a price whose digits fit 32) the product is exact in decimals, and
    /// so is its quotient by a million: the product's digits at the price's scale when it divides evenly, otherwise
    /// the product at six more decimals without its trailing zeros. That is built here from integers; anything larger
    /// goes through decimals. A test holds the two equal, scale included, on 200,000 random figures.
    /// </remarks>
    internal static decimal DailyCost(long requests, long tokens, long systemTokens, decimal pricePerMillion)
    {
        var scale = pricePerMillion.Scale;
        Span<int> price = stackalloc int[4];
        decimal.GetBits(pricePerMillion, price);
        // Both counts are at least 0 (checked), so their sum fits an unsigned long.
        var tokensEach = (ulong)tokens + (ulong)systemTokens;
        if (price[1] != 0 || price[2] != 0 || price[0] == 0 || scale > MaxExactScale
            || Math.BigMul((ulong)requests, tokensEach, out var perPrice) != 0
            || Math.BigMul(perPrice, (uint)price[0], out var digits) != 0 || digits == 0)
            return DecimalDailyCost(requests, tokens, systemTokens, pricePerMillion);
        if (digits % TokensPerMillionWhole == 0)
            return Decimal(digits / TokensPerMillionWhole, scale);
        scale += 6;
        while (digits % 10 == 0)
        {
            digits /= 10;
            scale--;
        }

        return Decimal(digits, scale);
    }

    /// <summary>The daily cost in decimal arithmetic, the definition <see cref="DailyCost"/> keeps to.</summary>
    // Tokens are added as decimals: a long near its maximum plus a system prompt would wrap around to a negative count.
    internal static decimal DecimalDailyCost(long requests, long tokens, long systemTokens, decimal pricePerMillion) =>
        requests * ((decimal)tokens + systemTokens) * pricePerMillion / TokensPerMillion;

    private static decimal Decimal(ulong digits, int scale) => new((int)(uint)digits, (int)(uint)(digits >> 32), 0, false, (byte)scale);
}
