namespace EvalHarness.Advice;

/// <summary>What a chat model charges, in US dollars per million tokens, to price a run's token usage.</summary>
/// <param name="InputPerMillion">Dollars per million prompt tokens.</param>
/// <param name="OutputPerMillion">Dollars per million completion tokens.</param>
public sealed record TokenPrices(decimal InputPerMillion, decimal OutputPerMillion);
