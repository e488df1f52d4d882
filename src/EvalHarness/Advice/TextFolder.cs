using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EvalHarness.Advice;

/// <summary>
/// Folds scenario text into the one form the cue trie reads: ASCII lower case, words separated by single spaces,
/// ',' ending a clause and '!' ending a sentence ('.' survives only inside numbers such as "1.5").
/// Culture-free: only ASCII letters change case.
/// </summary>
internal static class TextFolder
{
    // Per ASCII character: what it folds to; 0 marks the few that depend on their neighbours (' , .).
    private static readonly char[] AsciiMap = BuildMap();
    private static readonly bool[] WordChars = BuildWordChars();

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least as long as the text) and returns the length written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, text.Length, nameof(destination));
        // Folding never lengthens the text, so writes below stay inside destination without a bounds check each.
        ref var output = ref MemoryMarshal.GetReference(destination);
        var map = AsciiMap;
        var length = 0;
        var previous = ' ';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Lower-case letters and digits are most of any text, and stay as they are.
            if ((uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
            {
                Unsafe.Add(ref output, length++) = c;
                previous = c;
                continue;
            }

            char folded;
            if (c < 128)
            {
                folded = map[c];
                if (folded == 0)
                    folded = Contextual(c, previous, i + 1 < text.Length ? text[i + 1] : ' ');
                if (folded == '\0')
                    continue;
            }
            else if (char.IsLetterOrDigit(c))
                folded = c; // Kept as a word character that no cue matches, so word boundaries stay right.
            else if (c is '\u2019' or '\u2018')
                folded = Contextual('\'', previous, i + 1 < text.Length ? text[i + 1] : ' ');
            else
                folded = ' ';

            if (folded == ' ')
            {
                if (previous == ' ')
                    continue;
            }
            else if (folded is ',' or '!' && previous == ' ' && length > 0)
                length--; // "word ," becomes "word," so punctuation never starts a word.

            Unsafe.Add(ref output, length++) = folded;
            previous = folded;
        }

        return length > 0 && destination[length - 1] == ' ' ? length - 1 : length;
    }

    /// <summary>Whether a folded character is part of a word: a letter, a digit, an inner apostrophe or a decimal point.</summary>
    public static bool IsWordChar(char c) => c < 128 ? WordChars[c] : true;

    private static char Contextual(char c, char previous, char next) => c switch
    {
        '\'' => IsLetter(previous) && (next | 0x20) is >= 'a' and <= 'z' ? '\'' : ' ',
        // "50,000" is one number; any other comma ends a clause.
        ',' => char.IsAsciiDigit(previous) && char.IsAsciiDigit(next) ? '\0' : ',',
        _ => char.IsAsciiDigit(previous) && char.IsAsciiDigit(next) ? '.' : '!',
    };

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z';

    private static char[] BuildMap()
    {
        var map = new char[128];
        for (var c = 0; c < 128; c++)
        {
            map[c] = c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => (char)c,
                >= 'A' and <= 'Z' => (char)(c + 32),
                '\'' or ',' or '.' => '\0',
                '!' or '?' or ';' or ':' or '\n' => '!',
                _ => ' ',
            };
        }

        return map;
    }

    private static bool[] BuildWordChars()
    {
        var chars = new bool[128];
        for (var c = 0; c < 128; c++)
            chars[c] = c is >= 'a' and <= 'z' or >= '0' and <= '9' or '\'' or '.';
        return chars;
    }
}
