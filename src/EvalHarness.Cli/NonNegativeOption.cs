using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace EvalHarness.Cli;

/// <summary>
/// Numeric options read in invariant culture ("0.30" is thirty cents on a de-DE machine too) that reject
/// negative or unreadable values as usage errors (exit code 2) before any command runs.
/// </summary>
internal static class NonNegativeOption
{
    /// <summary>An optional option such as <c>--daily-requests N</c>.</summary>
    public static Option<T?> Create<T>(string name, string description, string helpName)
        where T : struct, INumber<T>
    {
        return new Option<T?>(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (!T.TryParse(token, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    result.AddError($"{name} must be a number, got '{token}'.");
                    return null;
                }

                if (T.IsNegative(value))
                {
                    result.AddError($"{name} must be zero or more, got {token}.");
                    return null;
                }

                return value;
            },
        };
    }
}
