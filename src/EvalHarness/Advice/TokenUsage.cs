namespace EvalHarness.Advice;

/// <summary>The tokens a chat model counted for one or more answers; immutable.</summary>
/// <param name="InputTokens">Prompt tokens.</param>
/// <param name="OutputTokens">Completion tokens.</param>
public sealed record TokenUsage(long InputTokens, long OutputTokens)
{
    /// <summary>No tokens.</summary>
    public static TokenUsage None { get; } = new(0, 0);

    /// <summary>The sum of two usages.</summary>
    public static TokenUsage operator +(TokenUsage left, TokenUsage right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new TokenUsage(left.InputTokens + right.InputTokens, left.OutputTokens + right.OutputTokens);
    }

    /// <summary>What the tokens cost at the given prices, in US dollars per million tokens.</summary>
    public decimal Cost(TokenPrices prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        return (InputTokens * prices.InputPerMillion + OutputTokens * prices.OutputPerMillion) / 1_000_000m;
    }
}
