using EvalHarness.Advice.Framework.Scanning;

namespace EvalHarness.Advice.Framework;

/// <summary>
/// Reads the structure around the cues of a scenario, after the scan and before the scores: what an adjective such as
/// "internal" modifies, which noun is the head of a compound, and whether an option ("function", "tool") stands in a
/// choice. Plain code over the hits, each rule a loop a reader can follow.
/// </summary>
internal static class SentenceReading
{
    /// <summary>How far after a modifier its noun may stand: "internal policy documents", "our own internal style guide".</summary>
    private const int ModifierReach = 3;

    /// <summary>How far after a choice marker an option may stand: "which of our 25 internal tools".</summary>
    private const int ChoiceReach = 6;

    /// <summary>Marks in <see cref="CueHit.ReadAs"/> what the words around each hit do to it; <paramref name="text"/> is the text as written.</summary>
    public static void Read(Span<CueHit> hits, ReadOnlySpan<char> text, FoldMap map)
    {
        var signals = CueCatalog.Signals;
        var readings = CueCatalog.Readings;
        for (var i = 0; i < hits.Length; i++)
        {
            ref var hit = ref hits[i];
            // "Is few-shot prompting good enough?" asks whether it works; it does not say so. The fold reads '?' as a
            // sentence end like '.', so the text as written says which it was.
            if (signals[hit.Cue] == Signal.PromptingWorks && EndsInQuestionMark(text, map.TextIndex(hit.End - 1) + 1))
            {
                hit.ReadAs = HitReading.Asked;
                continue;
            }

            switch (readings[hit.Cue])
            {
                case CueReading.Modifier:
                    ReadModifier(hits, i, signals);
                    break;
                case CueReading.Option when !InChoice(hits, i, signals):
                    hit.ReadAs = HitReading.NoChoice;
                    break;
                case CueReading.Plain when IsKnowledge(signals[hit.Cue]) && i + 1 < hits.Length:
                    // In a compound the last noun is the head: "catalogue categories" are categories, "database schema" a
                    // schema, and a "customer message" is a message a customer sends, not a record about them.
                    ref readonly var next = ref hits[i + 1];
                    var head = signals[next.Cue];
                    if (next.Start == hit.End + 1 && next.Clause == hit.Clause
                        && (IsForm(head) || (signals[hit.Cue] == Signal.PerCustomer && head == Signal.UnitRequests)))
                        (hit.ReadAs, hit.ReadBy) = (HitReading.ModifiesOther, (short)(i + 1));
                    break;
            }
        }
    }

    /// <summary>A modifier is knowledge with a knowledge noun after it (or before it: "the handbook is internal"), none with a form.</summary>
    private static void ReadModifier(Span<CueHit> hits, int index, Signal[] signals)
    {
        ref var hit = ref hits[index];
        for (var j = index + 1; j < hits.Length && hits[j].Word <= hit.Word + ModifierReach; j++)
        {
            if (hits[j].Sentence != hit.Sentence || hits[j].Clause != hit.Clause)
                break;
            if (CueCatalog.Readings[hits[j].Cue] == CueReading.Modifier)
                continue; // "our own internal documents": the noun is further on
            var head = signals[hits[j].Cue];
            if (IsKnowledge(head))
                return;
            if (IsForm(head))
            {
                (hit.ReadAs, hit.ReadBy) = (HitReading.ModifiesOther, (short)j);
                return;
            }

            break;
        }

        for (var j = index - 1; j >= 0 && hits[j].Word >= hit.Word - ModifierReach; j--)
        {
            if (hits[j].Sentence == hit.Sentence && CueCatalog.Readings[hits[j].Cue] != CueReading.Modifier && IsKnowledge(signals[hits[j].Cue]))
                return;
        }

        hit.ReadAs = HitReading.NoKnowledgeNoun;
    }

    private static bool InChoice(Span<CueHit> hits, int index, Signal[] signals)
    {
        ref readonly var option = ref hits[index];
        for (var j = index - 1; j >= 0 && hits[j].Word >= option.Word - ChoiceReach; j--)
        {
            if (hits[j].Sentence == option.Sentence && hits[j].Clause == option.Clause && signals[hits[j].Cue] == Signal.Choice)
                return true;
        }

        return false;
    }

    /// <summary>Whether the sentence going on at <paramref name="from"/> ends with a question mark.</summary>
    private static bool EndsInQuestionMark(ReadOnlySpan<char> text, int from)
    {
        var end = text[from..].IndexOfAny(".!?;:\n");
        return end >= 0 && text[from + end] == '?';
    }

    /// <summary>Whether a signal names knowledge the model may lack (question 3's families, or a noun such as "data").</summary>
    private static bool IsKnowledge(Signal signal) =>
        signal == Signal.KnowledgeNoun || signal is >= Signal.Fresh and <= Signal.PerCustomer or Signal.FactLookup;

    /// <summary>Whether a signal names a form of the output: a format, a label set or a style.</summary>
    private static bool IsForm(Signal signal) => signal is Signal.Format or Signal.Labels or Signal.Style;
}
