namespace EvalHarness.Advice.Framework.Scanning;

/// <summary>
/// Where the folded characters came from in the text: each folded character comes from one character of the text, in
/// order, and the fold drops a few (double spaces, commas inside numbers), recorded by <see cref="TextFolder"/>.
/// </summary>
/// <param name="drops">The drops <see cref="TextFolder.Fold(ReadOnlySpan{char}, Span{char}, Span{int}, out int)"/> recorded, in order.</param>
internal readonly ref struct FoldMap(ReadOnlySpan<int> drops)
{
    private readonly ReadOnlySpan<int> _drops = drops;

    /// <summary>The index in the text of the folded character at <paramref name="folded"/>.</summary>
    public int TextIndex(int folded)
    {
        // Drops are few and in order, so counting them from the start is quicker than a search.
        var shift = 0;
        while (shift < _drops.Length && _drops[shift] <= folded)
            shift++;
        return folded + shift;
    }

    /// <summary>The text behind the folded characters from <paramref name="start"/> up to <paramref name="end"/> (exclusive), as a range of the text.</summary>
    public Range TextRange(int start, int end) => TextIndex(start)..(TextIndex(end - 1) + 1);
}
