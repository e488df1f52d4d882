using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Advice.Framework.Scanning;

namespace EvalHarness.Tests.Advice.Framework.Scanning;

/// <summary>
/// The scanner as it was before word masks: it steps through the text one word at a time and walks the trie from every
/// word. Kept as the definition <see cref="CueScanner"/> must agree with, hit for hit and number for number.
/// </summary>
internal static class OneWordAtATimeScanner
{
    private const int NegationWords = 6;

    /// <summary>Scans <paramref name="text"/>; returns how many cue hits were written, and the numbers in <paramref name="numberCount"/>.</summary>
    public static int Scan(ReadOnlySpan<char> text, CueTrie trie, Span<CueHit> hits, Span<NumberHit> numbers, out int numberCount)
    {
        var signals = CueCatalog.Signals;
        int hitCount = 0, word = 0, sentence = 0, clause = 0, scope = 0;
        int negationUntil = -1, negationScope = -1, concessionClause = -1;
        short negation = -1, concession = -1;
        numberCount = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or ',' or '!')
            {
                if (c != ' ')
                {
                    clause++;
                    scope++;
                    if (c == '!')
                        sentence++;
                }

                i++;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                var value = NumberReader.Read(text, i, out var end, out var words);
                if (!double.IsNaN(value) && numberCount < numbers.Length)
                    numbers[numberCount++] = new NumberHit { Value = value, Word = word + words - 1, Sentence = sentence, Start = i, End = end };
                word += words;
                i = end;
                continue;
            }

            var cue = trie.Match(text, i, out var cueEnd, out var covered);
            if (cue < 0)
            {
                i = CueTrie.WordEnd(text, i);
                word++;
                continue;
            }

            switch (signals[cue])
            {
                case Signal.Negation:
                    negationUntil = word + covered + NegationWords - 1;
                    negationScope = scope;
                    negation = (short)cue;
                    break;
                case Signal.Contrast:
                    var weakened = CueScanner.OpensSentence(text, i) ? sentence - 1 : sentence;
                    for (var k = hitCount - 1; k >= 0 && hits[k].Sentence >= weakened; k--)
                    {
                        if (hits[k].HalvedBy < 0)
                            hits[k].HalvedBy = (short)cue;
                    }

                    clause++;
                    scope++;
                    break;
                case Signal.NegatesBefore:
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
                    scope++;
                    break;
                case Signal.CountWord:
                    var multiplier = NumberReader.MultiplierAfter(text, cueEnd, out var numberEnd);
                    if (numberEnd > cueEnd)
                        covered++;
                    if (numberCount < numbers.Length)
                    {
                        numbers[numberCount++] = new NumberHit
                        {
                            Value = CueCatalog.CountValues[cue] * multiplier, Word = word + covered - 1, Sentence = sentence, Start = i, End = numberEnd, InWords = true,
                        };
                    }

                    cueEnd = numberEnd;
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
                            Start = i,
                            End = cueEnd,
                            NegatedBy = word <= negationUntil && scope == negationScope ? negation : (short)-1,
                            HalvedBy = clause == concessionClause ? concession : (short)-1,
                            ReadBy = -1,
                        };
                    }

                    break;
            }

            word += covered;
            i = cueEnd;
        }

        return hitCount;
    }
}
