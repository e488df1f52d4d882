using System.Globalization;
using System.Text;

namespace EvalHarness.Corpus;

/// <summary>
/// The one rule for counts, in scenarios.csv and on the command line alike: digits, with or without ',' between groups
/// of three (<c>10000</c>, <c>10,000</c>), 0 or more; and the one wording of a number that breaks it.
/// </summary>
/// <remarks>Written by hand instead of long.Parse with AllowThousands, which accepts misplaced separators ("1,0,0") and depends on a format provider.</remarks>
public static class WholeNumber
{
    /// <summary>Parses a count typed on the command line as <see cref="TryParse(ReadOnlySpan{byte}, out long?, out bool)"/> does.</summary>
    public static bool TryParse(string text, out long? value, out bool tooLarge)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Encoding.UTF8.GetByteCount(text) > 64)
        {
            // Far longer than any count; only its shape matters for the answer.
            value = null;
            tooLarge = text.Trim().All(char.IsAsciiDigit);
            return false;
        }

        Span<byte> utf8 = stackalloc byte[64];
        return TryParse(utf8[..Encoding.UTF8.GetBytes(text, utf8)], out value, out tooLarge);
    }

    /// <summary>Parses <c>10000</c> or <c>10,000</c> (surrounding spaces allowed); empty means unknown (<c>null</c>).</summary>
    /// <returns><c>false</c> when the text is not a whole number ≥ 0, or (with <paramref name="tooLarge"/>) exceeds <see cref="long.MaxValue"/>.</returns>
    internal static bool TryParse(ReadOnlySpan<byte> utf8, out long? value, out bool tooLarge)
    {
        value = null;
        tooLarge = false;
        var text = utf8.Trim(" \t"u8);
        if (text.IsEmpty)
            return true;

        var comma = text.IndexOf((byte)',');
        var grouped = comma >= 0;
        var firstGroup = grouped ? comma : text.Length;
        if (firstGroup is 0 || (grouped && firstGroup > 3))
            return false;

        long result = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b == ',')
            {
                // A separator must be followed by exactly three digits before the next separator or the end.
                if (!grouped || (text.Length - i - 1) % 4 != 3 || i < firstGroup)
                    return false;
                continue;
            }

            if (b is < (byte)'0' or > (byte)'9' || (grouped && i > firstGroup && (text.Length - i) % 4 == 0))
                return false;
            if (result > (long.MaxValue - (b - '0')) / 10)
            {
                tooLarge = true;
                return false;
            }

            result = (result * 10) + (b - '0');
        }

        value = result;
        return true;
    }

    /// <summary>
    /// What is wrong with a count that did not parse, as one sentence, and how to write it: the corpus and the command
    /// line say it in the same words.
    /// </summary>
    /// <param name="name">The column or option, such as <c>daily_requests</c> or <c>--daily-requests</c>.</param>
    /// <param name="text">The value as written.</param>
    /// <param name="tooLarge">Whether it is a whole number beyond <paramref name="max"/>.</param>
    /// <param name="max">The largest value accepted.</param>
    public static (string Message, string Hint) Problem(string name, string text, bool tooLarge, long max = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var shown = ProblemText.Quote(text);
        if (tooLarge)
            return ($"{name} {shown} is too large", string.Create(CultureInfo.InvariantCulture, $"the largest accepted is {max:N0}"));
        return ($"{name} {shown} must be a whole number of 0 or more",
            LooksLikeDotThousands(text.Trim())
                ? "'.' does not separate thousands here: write 10000 or 10,000"
                : "write digits such as 10000 or 10,000");
    }

    // "10.000" or "1.200.000": thousands separated by '.', as German or Turkish number formatting writes them.
    private static bool LooksLikeDotThousands(string text)
    {
        var groups = text.Split('.');
        return groups.Length > 1 && groups[0].Length is >= 1 and <= 3 && groups.All(g => g.All(char.IsAsciiDigit))
            && groups.Skip(1).All(g => g.Length == 3);
    }
}
