using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EvalHarness.Advice.Framework.Scanning;

/// <summary>
/// Bit masks over folded text, one bit per character and 64 to a block: where words start, where they end, and where
/// clauses and sentences end, with running counts per block. Finding the words this way, eight characters per vector
/// compare, costs no branch per word; the word, clause and sentence at a position then cost one population count each.
/// </summary>
/// <remarks>In folded text only ' ', ',' and '!' separate words; every other character belongs to one.</remarks>
internal readonly ref struct WordMasks
{
    private const int Masks = 4;
    private const int Counts = 3;
    private readonly Span<ulong> _separators; // ' ', ',' and '!', and every position past the end of the text
    private readonly Span<ulong> _starts;
    private readonly Span<ulong> _marks; // ',' and '!': each ends a clause
    private readonly Span<ulong> _bangs; // '!': each ends a sentence
    private readonly Span<int> _startsBefore;
    private readonly Span<int> _marksBefore;
    private readonly Span<int> _bangsBefore;

    /// <summary>Builds the masks of <paramref name="text"/> in <paramref name="bits"/> and <paramref name="counts"/>, sized with <see cref="BitsFor"/> and <see cref="CountsFor"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public WordMasks(ReadOnlySpan<char> text, Span<ulong> bits, Span<int> counts)
    {
        var blocks = BlocksFor(text.Length);
        _separators = bits[..blocks];
        _starts = bits.Slice(blocks, blocks);
        _marks = bits.Slice(2 * blocks, blocks);
        _bangs = bits.Slice(3 * blocks, blocks);
        _startsBefore = counts[..blocks];
        _marksBefore = counts.Slice(blocks, blocks);
        _bangsBefore = counts.Slice(2 * blocks, blocks);
        Blocks = blocks - 1;

        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ulong after = 1; // Position 0 follows a separator, as far as word starts go.
        int words = 0, marks = 0, bangs = 0;
        for (var b = 0; b < Blocks; b++)
        {
            ulong separators = 0, clauseEnds = 0, sentenceEnds = 0;
            for (var chunk = 0; chunk < 64; chunk += Vector128<ushort>.Count)
            {
                var at = (b << 6) + chunk;
                if (at + Vector128<ushort>.Count <= text.Length)
                {
                    var block = Vector128.LoadUnsafe(ref chars, (nuint)at);
                    var comma = Vector128.Equals(block, Vector128.Create((ushort)','));
                    var bang = Vector128.Equals(block, Vector128.Create((ushort)'!'));
                    var space = Vector128.Equals(block, Vector128.Create((ushort)' '));
                    separators |= (ulong)(space | comma | bang).ExtractMostSignificantBits() << chunk;
                    clauseEnds |= (ulong)(comma | bang).ExtractMostSignificantBits() << chunk;
                    sentenceEnds |= (ulong)bang.ExtractMostSignificantBits() << chunk;
                    continue;
                }

                if (at >= text.Length)
                {
                    separators |= 0xFFUL << chunk;
                    continue;
                }

                for (var i = 0; i < Vector128<ushort>.Count; i++)
                {
                    var c = at + i < text.Length ? text[at + i] : ' ';
                    var bit = 1UL << (chunk + i);
                    separators |= c is ' ' or ',' or '!' ? bit : 0;
                    clauseEnds |= c is ',' or '!' ? bit : 0;
                    sentenceEnds |= c == '!' ? bit : 0;
                }
            }

            _separators[b] = separators;
            _starts[b] = ~separators & ((separators << 1) | after);
            _marks[b] = clauseEnds;
            _bangs[b] = sentenceEnds;
            _startsBefore[b] = words;
            _marksBefore[b] = marks;
            _bangsBefore[b] = bangs;
            after = separators >> 63;
            words += BitOperations.PopCount(_starts[b]);
            marks += BitOperations.PopCount(clauseEnds);
            bangs += BitOperations.PopCount(sentenceEnds);
        }

        _separators[Blocks] = ulong.MaxValue;
        _starts[Blocks] = _marks[Blocks] = _bangs[Blocks] = 0;
        _startsBefore[Blocks] = words;
        _marksBefore[Blocks] = marks;
        _bangsBefore[Blocks] = bangs;
    }

    /// <summary>How many blocks of 64 characters cover the text (not counting the one past its end).</summary>
    public int Blocks { get; }

    /// <summary>How many words the text has.</summary>
    public int Words => _startsBefore[Blocks];

    /// <summary>How many <see cref="ulong"/>s the masks of a text of <paramref name="length"/> characters take.</summary>
    public static int BitsFor(int length) => Masks * BlocksFor(length);

    /// <summary>How many counts the masks of a text of <paramref name="length"/> characters take.</summary>
    public static int CountsFor(int length) => Counts * BlocksFor(length);

    /// <summary>The word starts of a block, one bit per character.</summary>
    public ulong StartsIn(int block) => _starts[block];

    /// <summary>The length of the word starting at <paramref name="start"/>, or 9 when it is longer than 8.</summary>
    public int LengthUpTo9(int start)
    {
        var b = start >> 6;
        var shift = start & 63;
        // The next block's bits shift in by two steps, since a shift by 64 would leave them all in place.
        var ahead = (_separators[b] >> shift) | ((_separators[b + 1] << 1) << (63 - shift));
        return BitOperations.TrailingZeroCount((uint)ahead | 0x200u);
    }

    /// <summary>How many words start before <paramref name="position"/>: the index of the word starting there.</summary>
    public int WordsBefore(int position) => _startsBefore[position >> 6] + BitOperations.PopCount(_starts[position >> 6] & ((1UL << position) - 1));

    /// <summary>How many clause marks (',' and '!') come before <paramref name="position"/>.</summary>
    public int MarksBefore(int position) => _marksBefore[position >> 6] + BitOperations.PopCount(_marks[position >> 6] & ((1UL << position) - 1));

    /// <summary>How many sentence ends ('!') come before <paramref name="position"/>: the index of its sentence.</summary>
    public int SentencesBefore(int position) => _bangsBefore[position >> 6] + BitOperations.PopCount(_bangs[position >> 6] & ((1UL << position) - 1));

    // One block more than the text covers: its separators are all set, so a word ending at the last character ends there.
    private static int BlocksFor(int length) => ((length + 63) >> 6) + 1;
}
