using EvalHarness.Advice.Framework.Scanning;

namespace EvalHarness.Advice.Framework;

/// <summary>Finds the words of the scenario behind a cue hit, as the scenario writes them, while the advisor's buffers live.</summary>
/// <param name="text">The scenario's text, decoded.</param>
/// <param name="map">Where the folded text came from in <paramref name="text"/>.</param>
internal readonly ref struct WrittenWords(ReadOnlySpan<char> text, FoldMap map)
{
    private readonly ReadOnlySpan<char> _text = text;
    private readonly FoldMap _map = map;

    /// <summary>
    /// The evidence of hit <paramref name="index"/>, quoting the words the text writes for it ("JSON", "summarised"), and
    /// for a modifier read as modifying another cue, that cue's words ("categories").
    /// </summary>
    public Evidence Of(CueEvidence evidence, ReadOnlySpan<CueHit> hits, int index)
    {
        ref readonly var hit = ref hits[index];
        // The evidence says which of its changes quote other words; the hit's reading says where they stand: the word after
        // it, or the cue the reading names.
        var related = !evidence.QuotesOtherWords ? default
            : hit.ReadAs == HitReading.ModifiesNext ? NextWord(_map.TextIndex(hit.End - 1) + 1)
            : Words(hits[hit.ReadBy]);
        return evidence.Worded(Words(hit), related);
    }

    /// <summary>The evidence of a prompt quoted as a bare instruction whose words start at <paramref name="start"/> of the text, quoting them.</summary>
    public Evidence Quotation(CueEvidence evidence, int start) => evidence.Worded(BarePrompt.Words(_text, start), default);

    private ReadOnlySpan<char> Words(in CueHit hit) => _text[_map.TextRange(hit.Start, hit.End)];

    /// <summary>The word after position <paramref name="from"/> of the text, hyphens and apostrophes inside it kept ("co-pilot").</summary>
    private ReadOnlySpan<char> NextWord(int from)
    {
        var start = from;
        while (start < _text.Length && !char.IsLetterOrDigit(_text[start]))
            start++;
        var end = start;
        while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || (_text[end] is '-' or '\'' or '\u2019' && end + 1 < _text.Length && char.IsLetterOrDigit(_text[end + 1]))))
            end++;
        return _text[start..end];
    }
}
