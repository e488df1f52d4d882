namespace EvalHarness.Advice.Framework;

/// <summary>
/// The evidence one cue gives as the table and its sentence read it, and the same in each wording of it met so far
/// ("JSON", "Summarised"), so advice quotes the scenario's words without making evidence for every scenario.
/// </summary>
/// <param name="evidence">The evidence in the table's wording.</param>
/// <remarks>Thread-safe: wordings are added without locks, and threads racing to add one share whichever lands first.</remarks>
internal sealed class CueEvidence(Evidence evidence)
{
    /// <summary>How many wordings are kept; a cue is rarely written more ways, and past them evidence is made each time.</summary>
    private const int Wordings = 8;

    private Evidence?[]? _wordings;

    /// <summary>The evidence in the table's wording.</summary>
    public Evidence Evidence { get; } = evidence;

    /// <summary>The weight it counts.</summary>
    public int Weight => Evidence.Weight;

    /// <summary>The evidence quoting <paramref name="written"/>, the words as the scenario writes them.</summary>
    public Evidence Worded(ReadOnlySpan<char> written)
    {
        // The reports join evidence with ';' and '|', which the words of a cue never hold, except a '|' read as a space.
        if (written.SequenceEqual(Evidence.Found) || written.Contains('|'))
            return Evidence;
        var wordings = _wordings ?? Interlocked.CompareExchange(ref _wordings, new Evidence?[Wordings], null) ?? _wordings;
        for (var i = 0; i < wordings.Length; i++)
        {
            var wording = Volatile.Read(ref wordings[i]);
            if (wording is null)
            {
                var made = Evidence with { Found = written.ToString() };
                wording = Interlocked.CompareExchange(ref wordings[i], made, null) ?? made;
            }

            if (written.SequenceEqual(wording.Found))
                return wording;
        }

        return Evidence with { Found = written.ToString() };
    }
}
