using System.CommandLine;
using System.Globalization;
using System.Numerics;
using EvalHarness.Corpus;

namespace EvalHarness.Cli;

/// <summary>
/// Numeric options that follow the corpus's rules and words: counts are whole numbers written as in scenarios.csv
/// (<c>10000</c> or <c>10,000</c>; <c>10.000</c> and <c>10.5</c> are refused), prices and shares are read in invariant
/// culture with <c>.</c> before the decimals. A value that breaks the rule is a usage error (exit code 2) before any
/// command runs.
/// </summary>
internal static class NonNegativeOption
{
    /// <summary>An optional count such as <c>--daily-requests N</c>, as <see cref="WholeNumber"/> reads it.</summary>
    public static Option<T?> Whole<T>(string name, string description, string helpName)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
    {
        return new Option<T?>(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                var max = long.CreateTruncating(T.MaxValue);
                var parsed = WholeNumber.TryParse(token, out var value, out var tooLarge);
                if (parsed && value is { } number && number <= max)
                    return T.CreateTruncating(number);
                var (message, hint) = WholeNumber.Problem(name, token, tooLarge || (parsed && value is not null), max);
                result.AddError($"{message}; {hint}");
                return null;
            },
        };
    }

    /// <summary>An optional amount such as <c>--prompted-price-per-million USD</c>: digits with <c>.</c> before the decimals, 0 or more.</summary>
    public static Option<T?> Amount<T>(string name, string description, string helpName, string example)
        where T : struct, INumber<T>
    {
        return new Option<T?>(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                // No thousands separators: "0,30" would otherwise be read as thirty.
                if (T.TryParse(token.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                    return value;
                result.AddError(token.TrimStart().StartsWith('-')
                    ? $"{name} '{token}' must be 0 or more"
                    : $"{name} '{token}' must be a number such as {example}, with '.' before the decimals");
                return null;
            },
        };
    }
}
