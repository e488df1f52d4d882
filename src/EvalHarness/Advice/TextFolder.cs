namespace EvalHarness.Advice;

/// <summary>
/// Folds scenario text into the one form the cue trie reads: ASCII lower case, words separated by single spaces,
/// ',' ending a clause and '.' ending a sentence. Culture-free: only ASCII letters change case.
/// </summary>
internal static class TextFolder
{
    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least as long as the text) and returns the length written.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            var previous = length > 0 ? destination[length - 1] : ' ';
            char folded;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                folded = c;
            else if (c is >= 'A' and <= 'Z')
                folded = (char)(c + 32);
            else if (c is '\'' or '\u2019' or '\u2018')
                folded = IsAsciiLetter(previous) && IsAsciiLetter(next) ? '\'' : ' ';
            else if (c == ',')
            {
                // "50,000" is one number; any other comma ends a clause.
                if (char.IsAsciiDigit(previous) && char.IsAsciiDigit(next))
                    continue;
                folded = ',';
            }
            else if (c == '.')
                folded = char.IsAsciiDigit(previous) && char.IsAsciiDigit(next) ? '.' : '!';
            else if (c is '!' or '?' or ';' or ':' or '\n')
                folded = '!';
            else if (c > 0x7F && char.IsLetterOrDigit(c))
                folded = c; // Kept as a word character that no cue matches, so word boundaries stay right.
            else
                folded = ' ';

            if (folded == ' ')
            {
                if (length == 0 || previous == ' ')
                    continue;
            }
            else if (folded is ',' or '!' && previous == ' ' && length > 0)
                length--; // "word ," becomes "word," so punctuation never starts a word.

            destination[length++] = folded;
        }

        return length > 0 && destination[length - 1] == ' ' ? length - 1 : length;
    }

    /// <summary>Whether a folded character is part of a word: a letter, a digit, an inner apostrophe or a decimal point.</summary>
    public static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '\'' or '.' || c > 0x7F;

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
