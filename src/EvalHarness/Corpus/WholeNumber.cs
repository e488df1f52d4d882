namespace EvalHarness.Corpus;

/// <summary>Reads the optional counts of scenarios.csv from UTF-8 bytes: digits, with or without ',' between groups of three.</summary>
/// <remarks>Written by hand instead of long.Parse with AllowThousands, which accepts misplaced separators ("1,0,0") and depends on a format provider.</remarks>
internal static class WholeNumber
{
    /// <summary>Parses <c>10000</c> or <c>10,000</c> (surrounding spaces allowed); empty means unknown (<c>null</c>).</summary>
    /// <returns><c>false</c> when the text is not a whole number ≥ 0, or (with <paramref name="tooLarge"/>) exceeds <see cref="long.MaxValue"/>.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out long? value, out bool tooLarge)
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
}
