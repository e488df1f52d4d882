namespace EvalHarness.Advice.Framework;

/// <summary>
/// Finds a prompt shown as a bare instruction: a short quotation of two to eight words that "just", "only", "simply",
/// "merely" or "beyond" introduce ("so far each request has just been 'write a product description for X'", "our prompt
/// is just 'analyse this agreement for risks'"). Such a prompt has barely been tried: the course's first answer is to
/// engineer it, before anything is tuned or retrieved. Reads the text as written, since the fold drops quotation marks.
/// </summary>
internal static class BarePrompt
{
    /// <summary>Words that say the quotation is all there is.</summary>
    private static readonly string[] Limiters = ["just", "only", "simply", "merely", "beyond"];

    /// <summary>How many words before the quotation its limiter may stand: "only tried the one-line prompt 'make this simpler'".</summary>
    private const int LimiterReach = 5;

    /// <summary>The fewest and most words of a bare instruction; one word is a label or a tone ("'gentle'"), not a prompt.</summary>
    private const int MinWords = 2, MaxWords = 8;

    /// <summary>Where the first bare prompt's words start in <paramref name="text"/>, inside its quotation marks, or -1.</summary>
    public static int Find(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(QuotationMarks.Openings); at >= 0;)
        {
            var start = at + 1;
            if (QuotationMarks.OpensAt(text, at) && QuotedWords(text, start) is >= MinWords and <= MaxWords && LimiterBefore(text, at))
                return start;
            var next = text[start..].IndexOfAny(QuotationMarks.Openings);
            at = next < 0 ? -1 : start + next;
        }

        return -1;
    }

    /// <summary>The quoted words from <paramref name="start"/> to the closing mark, in <paramref name="text"/>.</summary>
    public static ReadOnlySpan<char> Words(ReadOnlySpan<char> text, int start) => text[start..QuotationEnd(text, start)];

    /// <summary>How many words the quotation starting at <paramref name="start"/> holds, or 0 when it never closes.</summary>
    private static int QuotedWords(ReadOnlySpan<char> text, int start)
    {
        var end = QuotationEnd(text, start);
        if (end <= start || end == text.Length || !char.IsLetter(text[start]))
            return 0;
        var words = 1;
        foreach (var c in text[start..end])
        {
            if (c == ' ')
                words++;
        }

        return words;
    }

    /// <summary>Where the quotation starting at <paramref name="start"/> closes: a closing mark after a word, not inside one ("don't").</summary>
    private static int QuotationEnd(ReadOnlySpan<char> text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (QuotationMarks.Closes(text[i]) && i > start && char.IsLetterOrDigit(text[i - 1])
                && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
                return i;
            if (text[i] is '.' or '!' or '?' or '\n' && (i + 1 == text.Length || text[i + 1] == ' '))
                return text.Length;
        }

        return text.Length;
    }

    /// <summary>Whether a limiter stands within <see cref="LimiterReach"/> words before the mark at <paramref name="mark"/>, in its sentence.</summary>
    private static bool LimiterBefore(ReadOnlySpan<char> text, int mark)
    {
        var end = mark;
        for (var word = 0; word < LimiterReach && end > 0; word++)
        {
            while (end > 0 && text[end - 1] == ' ')
                end--;
            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '\u2019'))
                start--;
            if (start == end)
                return false; // a comma, a full stop or a number: the clause ends here
            foreach (var limiter in Limiters)
            {
                if (text[start..end].Equals(limiter, StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            end = start;
        }

        return false;
    }
}
