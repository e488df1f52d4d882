using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using EvalHarness.Advice.Framework;

namespace EvalHarness.Advice.Framework.Scanning;

/// <summary>
/// One pass over folded text: finds cues and numbers, and reads negation and contrast as it goes.
/// A negation governs the next six words of its clause, and one such as "is not a concern" the words of its clause
/// before it; "but" halves what came before it in the sentence, or the sentence before when it opens one;
/// "although" halves the rest of its own clause.
/// </summary>
/// <remarks>
/// Words are found with bit masks (<see cref="WordMasks"/>) and sifted by <see cref="CueStartFilter"/> without a branch
/// per word, since a branch on every word end is mispredicted; only the words that may start a cue, and numbers,
/// are then walked, in order.
/// </remarks>
internal static class CueScanner
{
    private const int NegationWords = 6;
    private const int StackChars = 4096; // longer than any scenario text is allowed to be
    private const int StackWords = StackChars / 2;

    /// <summary>Scans <paramref name="text"/>; returns how many cue hits were written, and the numbers in <paramref name="numberCount"/>.</summary>
    public static int Scan(ReadOnlySpan<char> text, CueTrie trie, Span<CueHit> hits, Span<NumberHit> numbers, out int numberCount)
    {
        ulong[]? rentedBits = null;
        int[]? rentedCounts = null, rentedCandidates = null;
        var bitCount = WordMasks.BitsFor(text.Length);
        var countCount = WordMasks.CountsFor(text.Length);
        try
        {
            var bits = bitCount <= WordMasks.BitsFor(StackChars) ? stackalloc ulong[bitCount] : (rentedBits = ArrayPool<ulong>.Shared.Rent(bitCount));
            var counts = countCount <= WordMasks.CountsFor(StackChars) ? stackalloc int[countCount] : (rentedCounts = ArrayPool<int>.Shared.Rent(countCount));
            var masks = new WordMasks(text, bits, counts);
            var candidates = masks.Words <= StackWords ? stackalloc int[masks.Words] : (rentedCandidates = ArrayPool<int>.Shared.Rent(masks.Words));
            var count = trie.Starts.Sift(text, masks, candidates);
            return Walk(text, masks, candidates[..count], trie, hits, numbers, out numberCount);
        }
        finally
        {
            if (rentedBits is not null)
                ArrayPool<ulong>.Shared.Return(rentedBits);
            if (rentedCounts is not null)
                ArrayPool<int>.Shared.Return(rentedCounts);
            if (rentedCandidates is not null)
                ArrayPool<int>.Shared.Return(rentedCandidates);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    private static int Walk(ReadOnlySpan<char> text, in WordMasks masks, ReadOnlySpan<int> candidates, CueTrie trie,
        Span<CueHit> hits, Span<NumberHit> numbers, out int numberCount)
    {
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var signals = CueCatalog.Signals;
        int hitCount = 0, contrasts = 0, scopeBreaks = 0;
        int negationUntil = -1, negationScope = -1, concessionClause = -1;
        short negation = -1, concession = -1;
        var covered = 0; // the end of the last cue or number: words inside it start nothing
        numberCount = 0;
        foreach (var start in candidates)
        {
            if (start < covered)
                continue;
            var word = masks.WordsBefore(start);
            if (char.IsAsciiDigit(text[start]))
            {
                var value = NumberReader.Read(text, start, out covered, out var words);
                if (!double.IsNaN(value) && numberCount < numbers.Length)
                    numbers[numberCount++] = new NumberHit { Value = value, Word = word + words - 1, Sentence = masks.SentencesBefore(start), Start = start, End = covered };
                continue;
            }

            // Most words that may start a cue are a cue's whole first word: one lookup instead of a walk through it.
            var length = masks.LengthUpTo9(start);
            int cue, cueEnd, cueWords;
            if (length <= CueStartFilter.WordKeyChars && start + Vector128<ushort>.Count <= text.Length
                && CueStartFilter.FirstChars(ref chars, start, length) is var first
                && (first & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero
                && trie.FirstWords.TryFind(CueStartFilter.WordKey(first), out var entry))
                cue = trie.MatchAfter(text, start, start + length, entry, out cueEnd, out cueWords);
            else
                cue = trie.Match(text, start, out cueEnd, out cueWords);
            if (cue < 0)
                continue;
            covered = cueEnd;
            // A contrast also ends a clause, and a scope break a negation's reach.
            var marks = masks.MarksBefore(start);
            var clause = marks + contrasts;
            var scope = marks + contrasts + scopeBreaks;
            var sentence = masks.SentencesBefore(start);
            switch (signals[cue])
            {
                case Signal.Negation:
                    negationUntil = word + cueWords + NegationWords - 1;
                    negationScope = scope;
                    negation = (short)cue;
                    break;
                case Signal.Contrast:
                    // "X. But Y": a contrast that opens a sentence weakens the sentence before it. A cue inside a
                    // concession stays weakened by it: it is halved once, and the concession says why.
                    var weakened = OpensSentence(text, start) ? sentence - 1 : sentence;
                    for (var k = hitCount - 1; k >= 0 && hits[k].Sentence >= weakened; k--)
                    {
                        if (hits[k].HalvedBy < 0)
                            hits[k].HalvedBy = (short)cue;
                    }

                    contrasts++;
                    break;
                case Signal.NegatesBefore:
                    // "latency is not a concern": the negation reaches back over its own clause.
                    for (var k = hitCount - 1; k >= 0 && hits[k].Clause == clause; k--)
                    {
                        if (hits[k].NegatedBy < 0)
                            hits[k].NegatedBy = (short)cue;
                    }

                    break;
                case Signal.Concession:
                    concessionClause = clause;
                    concession = (short)cue;
                    break;
                case Signal.ScopeBreak:
                    scopeBreaks++;
                    break;
                case Signal.CountWord:
                    // "two proposals a week", "two million requests a day": a number, as if written in digits.
                    var value = CueCatalog.CountValues[cue] * NumberReader.MultiplierAfter(text, cueEnd, out covered);
                    if (numberCount < numbers.Length)
                        numbers[numberCount++] = new NumberHit { Value = value, Word = word + cueWords - (covered > cueEnd ? 0 : 1), Sentence = sentence, Start = start, End = covered, InWords = true };
                    break;
                default:
                    if (hitCount < hits.Length)
                    {
                        hits[hitCount++] = new CueHit
                        {
                            Cue = cue,
                            Word = word,
                            Sentence = sentence,
                            Clause = clause,
                            Start = start,
                            End = cueEnd,
                            NegatedBy = word <= negationUntil && scope == negationScope ? negation : (short)-1,
                            HalvedBy = clause == concessionClause ? concession : (short)-1,
                            ReadBy = -1,
                        };
                    }

                    break;
            }
        }

        return hitCount;
    }

    /// <summary>Whether the word at <paramref name="start"/> is the first of its sentence in the folded text.</summary>
    internal static bool OpensSentence(ReadOnlySpan<char> text, int start) =>
        start == 0 || text[start - 1] == '!' || (start >= 2 && text[start - 1] == ' ' && text[start - 2] == '!');
}
