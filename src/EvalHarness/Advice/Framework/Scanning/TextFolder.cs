using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EvalHarness.Advice.Framework.Scanning;

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
    private const uint BlockBits = (1u << 8) - 1; // One bit per character of a Vector128<ushort> block.

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least as long as the text, and apart from it) and returns the length written.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination) =>
        Fold(text, destination, Vector128.IsHardwareAccelerated, [], out _);

    /// <summary>
    /// Folds as <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> does, and records where characters of the text were
    /// dropped, so <see cref="FoldMap"/> can find the words of the text behind any folded ones. <paramref name="drops"/>
    /// must be at least as long as the text.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination, Span<int> drops, out int dropCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(drops.Length, text.Length, nameof(drops));
        return Fold(text, destination, Vector128.IsHardwareAccelerated, drops, out dropCount);
    }

    /// <summary>Folds as <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> does, with or without vector instructions; tests hold the two equal.</summary>
    internal static int Fold(ReadOnlySpan<char> text, Span<char> destination, bool vectorised) =>
        Fold(text, destination, vectorised, [], out _);

    /// <summary>
    /// The fold. Each dropped character of the text is recorded in <paramref name="drops"/> (when it has room) as the
    /// folded position from which every folded character sits one more place further on in the text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    internal static int Fold(ReadOnlySpan<char> text, Span<char> destination, bool vectorised, Span<int> drops, out int dropCount)
    {
        dropCount = 0;
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, text.Length, nameof(destination));
        // Blocks are stored eight characters at a time, ahead of the input still to be read when folding in place.
        if (text.Overlaps(destination))
            throw new ArgumentException("The text and the destination must not overlap.", nameof(destination));
        // Folding never lengthens the text, so writes below stay inside destination without a bounds check each.
        ref var input = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref var output = ref MemoryMarshal.GetReference(destination);
        var map = AsciiMap;
        var length = 0;
        var previous = ' ';
        var i = 0;
        while (i < text.Length)
        {
            // Runs of letters, digits and single spaces are most of any text: they fold by setting one bit, eight at a
            // time, up to the first character that needs a look at its neighbours. Every other character branches.
            if (vectorised && i <= text.Length - Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref input, (nuint)i);
                var lower = block | Vector128.Create((ushort)0x20);
                var space = Vector128.Equals(block, Vector128.Create((ushort)' '));
                var plain = Vector128.LessThanOrEqual(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')))
                    | Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9))
                    | space;
                var spaces = space.ExtractMostSignificantBits();
                var doubled = spaces & ((spaces << 1) | (previous == ' ' ? 1u : 0u));
                var stop = (~plain.ExtractMostSignificantBits() | doubled) & BlockBits;
                lower.StoreUnsafe(ref Unsafe.As<char, ushort>(ref output), (nuint)length);
                if (stop == 0)
                {
                    // Advancing by a constant lets the next block load start before this one is checked.
                    length += Vector128<ushort>.Count;
                    i += Vector128<ushort>.Count;
                    previous = (char)(Unsafe.Add(ref input, i - 1) | 0x20);
                    continue;
                }

                // Keep the plain start of the block; the character that stopped it goes one at a time below.
                var taken = BitOperations.TrailingZeroCount(stop);
                length += taken;
                i += taken;
                // From the input, not the output just stored: reading one lane of a vector store back stalls.
                previous = taken > 0 ? (char)(Unsafe.Add(ref input, i - 1) | 0x20) : previous;
            }

            var c = text[i];
            // Lower-case letters and digits are most of any text, and stay as they are.
            if ((uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
            {
                Unsafe.Add(ref output, length++) = c;
                previous = c;
                i++;
                continue;
            }

            char folded;
            if (c < 128)
            {
                folded = map[c];
                if (folded == 0)
                    folded = Contextual(c, previous, i + 1 < text.Length ? text[i + 1] : ' ');
            }
            else if (char.IsLetterOrDigit(c))
                folded = c; // Kept as a word character that no cue matches, so word boundaries stay right.
            else if (c is '\u2019' or '\u2018')
                folded = Contextual('\'', previous, i + 1 < text.Length ? text[i + 1] : ' ');
            else
                folded = ' ';
            i++;

            // Dropping is rare (a double space, a comma inside a number, a bracket after a space), so recording it costs little.
            if (folded == '\0' || (folded == ' ' && previous == ' '))
            {
                if (dropCount < drops.Length)
                    drops[dropCount++] = length;
                continue;
            }

            if (folded is ',' or '!' && previous == ' ' && length > 0)
            {
                length--; // "word ," becomes "word," so punctuation never starts a word.
                if (dropCount < drops.Length)
                    drops[dropCount++] = length;
            }

            Unsafe.Add(ref output, length++) = folded;
            previous = folded;
        }

        return length > 0 && destination[length - 1] == ' ' ? length - 1 : length;
    }

    /// <summary>Whether a folded character is part of a word: a letter, a digit, an inner apostrophe or a decimal point.</summary>
    public static bool IsWordChar(char c) => c < 128 ? WordChars[c] : true;

    private static char Contextual(char c, char previous, char next) => c switch
    {
        '\'' => char.IsAsciiLetterLower(previous) && char.IsAsciiLetter(next) ? '\'' : ' ',
        // "50,000" is one number; any other comma ends a clause.
        ',' => char.IsAsciiDigit(previous) && char.IsAsciiDigit(next) ? '\0' : ',',
        _ => char.IsAsciiDigit(previous) && char.IsAsciiDigit(next) ? '.' : '!',
    };

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
