using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using EvalHarness.Advice.Framework;

namespace EvalHarness.Advice.Framework.Scanning;

/// <summary>
/// Says from a word's first letters whether a cue can start at it, so the scanner walks the trie only for the third of
/// words that might. A set of bits (a Bloom filter) keyed by the word's first eight characters, and by its first four
/// for the cues that end in *: a word that starts a cue always passes; a word that passes may still start none.
/// </summary>
internal sealed class CueStartFilter
{
    /// <summary>How many characters of a word the whole-word key holds; longer words share the key of their start.</summary>
    public const int WordKeyChars = 8;

    /// <summary>How many characters the key of a one-word prefix cue holds; no such cue may be shorter.</summary>
    public const int PrefixKeyChars = 4;

    private const int KeyBits = 15;
    private const int BitCount = 1 << KeyBits; // 4 KB, so the filter stays in the first-level cache beside the text.
    private const ulong WordFactor = 0x9E3779B97F4A7C15UL;
    private const ulong PrefixFactor = 0xC2B2AE3D27D4EB4FUL;
    private static readonly Vector128<short> LaneIndex = Vector128.Create(0, 1, 2, 3, 4, 5, 6, 7);
    private readonly ulong[] _bits = new ulong[BitCount / 64];

    /// <summary>Adds a folded cue phrase; a trailing * has been removed and is given as <paramref name="isPrefix"/>.</summary>
    public void Add(ReadOnlySpan<char> folded, bool isPrefix)
    {
        var space = folded.IndexOf(' ');
        if (isPrefix && space < 0)
        {
            if (folded.Length < PrefixKeyChars)
                throw new InvalidOperationException($"Cue '{folded}*' is shorter than {PrefixKeyChars} letters before its *.");
            Set(PrefixKey(folded) * PrefixFactor);
        }
        else
        {
            // Every other cue starts with a whole word: its first word must be the text's word exactly.
            Set(WordKey(space < 0 ? folded : folded[..space]) * WordFactor);
        }
    }

    /// <summary>Whether a cue may start at a word with these keys (1) or certainly does not (0); see <see cref="WordKey(ReadOnlySpan{char})"/> and <see cref="PrefixKey"/>.</summary>
    public int MayStart(ulong wordKey, ulong prefixKey) => Bit(wordKey * WordFactor) | Bit(prefixKey * PrefixFactor);

    /// <summary>The low bytes of a word's first eight characters, the first in the lowest byte.</summary>
    public static ulong WordKey(ReadOnlySpan<char> word)
    {
        ulong key = 0;
        for (var i = 0; i < word.Length && i < WordKeyChars; i++)
            key |= (ulong)(byte)word[i] << (8 * i);
        return key;
    }

    /// <summary>The <see cref="WordKey(ReadOnlySpan{char})"/> of a word's first eight characters as <see cref="FirstChars"/> gives them.</summary>
    public static ulong WordKey(Vector128<ushort> firstChars) => Vector128.Narrow(firstChars, firstChars).AsUInt64().ToScalar();

    /// <summary>A word's first four characters, sixteen bits each, the first lowest; shorter words leave zeros.</summary>
    public static ulong PrefixKey(ReadOnlySpan<char> word)
    {
        ulong key = 0;
        for (var i = 0; i < word.Length && i < PrefixKeyChars; i++)
            key |= (ulong)word[i] << (16 * i);
        return key;
    }

    /// <summary>
    /// Writes the start of every word of <paramref name="text"/> that may start a cue, or starts with a digit, in order, into
    /// <paramref name="candidates"/> (one slot per word); returns how many.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public int Sift(ReadOnlySpan<char> text, in WordMasks masks, Span<int> candidates)
    {
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var count = 0;
        for (var b = 0; b < masks.Blocks; b++)
        {
            for (var starts = masks.StartsIn(b); starts != 0; starts &= starts - 1)
            {
                var start = (b << 6) + BitOperations.TrailingZeroCount(starts);
                var length = masks.LengthUpTo9(start);
                ulong wordKey, prefixKey;
                if (start + Vector128<ushort>.Count <= text.Length)
                {
                    var word = FirstChars(ref chars, start, length);
                    wordKey = WordKey(word);
                    prefixKey = word.AsUInt64().ToScalar();
                }
                else
                {
                    wordKey = WordKey(text.Slice(start, Math.Min(length, WordKeyChars)));
                    prefixKey = PrefixKey(text.Slice(start, Math.Min(length, WordKeyChars)));
                }

                // Written always, kept only when it may start a cue: no branch to mispredict.
                candidates[count] = start;
                count += MayStart(wordKey, prefixKey) | ((uint)(Unsafe.Add(ref chars, start) - '0') <= 9 ? 1 : 0);
            }
        }

        return count;
    }

    /// <summary>The eight characters from <paramref name="start"/>, those past a word of <paramref name="length"/> zeroed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> FirstChars(ref ushort chars, int start, int length) =>
        Vector128.LoadUnsafe(ref chars, (nuint)start) & Vector128.LessThan(LaneIndex, Vector128.Create((short)length)).AsUInt16();

    private void Set(ulong hash)
    {
        var bit = (int)(hash >> (64 - KeyBits));
        _bits[bit >> 6] |= 1UL << bit;
    }

    private int Bit(ulong hash)
    {
        var bit = (int)(hash >> (64 - KeyBits));
        return (int)(_bits[bit >> 6] >> bit) & 1;
    }
}
