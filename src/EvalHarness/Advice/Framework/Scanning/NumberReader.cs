namespace EvalHarness.Advice.Framework.Scanning;

/// <summary>Reads a number as people write it: "50000" (commas already folded away), "1.5", "10k", "3m", "3 million".</summary>
internal static class NumberReader
{
    /// <summary>
    /// Reads the number starting at <paramref name="start"/>; returns NaN when the word is not a count ("200ms", "3rd").
    /// <paramref name="end"/> is past the number and its multiplier word; <paramref name="words"/> is how many words that was.
    /// </summary>
    public static double Read(ReadOnlySpan<char> text, int start, out int end, out int words)
    {
        double value = 0, scale = 0;
        var i = start;
        for (; i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'); i++)
        {
            if (text[i] == '.')
            {
                if (scale != 0)
                    break;
                scale = 1;
                continue;
            }

            value = value * 10 + (text[i] - '0');
            if (scale != 0)
                scale *= 10;
        }

        if (scale > 1)
            value /= scale;
        var wordEnd = CueTrie.WordEnd(text, i);
        end = wordEnd;
        words = 1;
        var suffix = Multiplier(text[i..wordEnd]);
        if (suffix == 0)
            return double.NaN;
        value *= suffix;
        if (suffix == 1 && wordEnd + 1 < text.Length && text[wordEnd] == ' ')
        {
            var nextEnd = CueTrie.WordEnd(text, wordEnd + 1);
            var next = Multiplier(text[(wordEnd + 1)..nextEnd]);
            if (next > 1)
            {
                value *= next;
                end = nextEnd;
                words = 2;
            }
        }

        return value;
    }

    private static double Multiplier(ReadOnlySpan<char> word) => word switch
    {
        "" => 1,
        "k" or "thousand" => 1_000,
        "m" or "mn" or "million" or "millions" => 1_000_000,
        "b" or "bn" or "billion" or "billions" => 1_000_000_000,
        "hundred" => 100,
        _ => 0,
    };
}
