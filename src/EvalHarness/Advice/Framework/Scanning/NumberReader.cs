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

    /// <summary>
    /// The numbers people write in words, with the number each names ("a few" read as three): the cue table's
    /// <see cref="Signal.CountWord"/> rows are made from them. "one" is left out, as it is mostly no count ("one of our
    /// categories"), and vague plurals ("thousands") are volume cues, not numbers.
    /// </summary>
    public static IReadOnlyList<(string Phrase, double Value)> CountWords { get; } =
    [
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("fifteen", 15),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
        ("a hundred", 100),
        ("a few hundred", 300),
        ("several hundred", 300),
        ("a few thousand", 3000),
        ("several thousand", 3000),
    ];

    /// <summary>
    /// The multiplier word after a number written in words that ends at <paramref name="end"/> ("two million"), or 1 when
    /// none follows; <paramref name="after"/> is past it.
    /// </summary>
    public static double MultiplierAfter(ReadOnlySpan<char> text, int end, out int after)
    {
        after = end;
        if (end + 1 >= text.Length || text[end] != ' ')
            return 1;
        var wordEnd = CueTrie.WordEnd(text, end + 1);
        var multiplier = Multiplier(text[(end + 1)..wordEnd]);
        if (multiplier <= 1)
            return 1;
        after = wordEnd;
        return multiplier;
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
