namespace EvalHarness.Advice.Framework;

/// <summary>
/// The evidence one cue gives as the table and its sentence read it, and the same in each wording of it met so far
/// ("JSON", "Summarised"), so advice quotes the scenario's words without making evidence for every scenario.
/// </summary>
/// <remarks>Thread-safe: wordings are added without locks, and threads racing to add one share whichever lands first.</remarks>
internal sealed class CueEvidence
{
    /// <summary>How many wordings are kept; a cue is rarely written more ways, and past them evidence is made each time.</summary>
    private const int Wordings = 8;

    private readonly int _modifies;
    private Evidence?[]? _wordings;

    /// <summary>Wraps <paramref name="evidence"/>, in the table's wording.</summary>
    public CueEvidence(Evidence evidence)
    {
        Evidence = evidence;
        _modifies = -1;
        for (var i = 0; i < evidence.Changes.Count; i++)
        {
            if (evidence.Changes[i].Kind is WeightChangeKind.ModifiesOther or WeightChangeKind.Input or WeightChangeKind.TrainingData
                or WeightChangeKind.Wanted or WeightChangeKind.Retrieved or WeightChangeKind.Destination or WeightChangeKind.TaskChanges)
                _modifies = i;
        }
    }

    /// <summary>
    /// Whether one of its changes quotes the words of something else in the sentence (what it modifies, the verb that
    /// works on it, …), which <see cref="Worded"/> then needs beside the cue's own words.
    /// </summary>
    public bool QuotesOtherWords => _modifies >= 0;

    /// <summary>The evidence in the table's wording.</summary>
    public Evidence Evidence { get; }

    /// <summary>The weight it counts.</summary>
    public int Weight => Evidence.Weight;

    /// <summary>
    /// The evidence quoting <paramref name="written"/>, the words as the scenario writes them, and <paramref name="modified"/>,
    /// the words of what the cue modifies when that changed its weight.
    /// </summary>
    public Evidence Worded(ReadOnlySpan<char> written, ReadOnlySpan<char> modified)
    {
        // The reports join evidence with ';' and '|', which the words of a cue never hold, except a '|' read as a space.
        if (written.Contains('|') || modified.Contains('|'))
            return Evidence;
        if (_modifies < 0 && written.SequenceEqual(Evidence.Found))
            return Evidence;
        var wordings = _wordings ?? Interlocked.CompareExchange(ref _wordings, new Evidence?[Wordings], null) ?? _wordings;
        for (var i = 0; i < wordings.Length; i++)
        {
            var wording = Volatile.Read(ref wordings[i]);
            if (wording is null)
            {
                var made = Make(written, modified);
                wording = Interlocked.CompareExchange(ref wordings[i], made, null) ?? made;
            }

            if (written.SequenceEqual(wording.Found) && (_modifies < 0 || modified.SequenceEqual(wording.Changes[_modifies].Word)))
                return wording;
        }

        return Make(written, modified);
    }

    private Evidence Make(ReadOnlySpan<char> written, ReadOnlySpan<char> modified)
    {
        if (_modifies < 0)
            return Evidence with { Found = written.ToString() };
        var changes = Evidence.Changes.ToArray();
        changes[_modifies] = changes[_modifies] with { Word = modified.ToString() };
        return Evidence with { Found = written.ToString(), Changes = changes };
    }
}
