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
        var modified = hit.ReadAs == HitReading.ModifiesOther ? Words(hits[hit.ReadBy]) : default;
        return evidence.Worded(Words(hit), modified);
    }

    private ReadOnlySpan<char> Words(in CueHit hit) => _text[_map.TextRange(hit.Start, hit.End)];
}
