using EvalHarness.Advice.Framework;

namespace EvalHarness.Advice.Framework.Scanning;

/// <summary>A cue found in a scenario: which row, where, and how its sentence reads it.</summary>
internal struct CueHit
{
    /// <summary>The index of the row in <see cref="CueTable.All"/>.</summary>
    public int Cue;

    /// <summary>The index of the cue's first word in the text.</summary>
    public int Word;

    /// <summary>The index of the sentence holding the cue.</summary>
    public int Sentence;

    /// <summary>The index of the clause holding the cue (commas, sentence ends and contrasts end clauses).</summary>
    public int Clause;

    /// <summary>Where the cue's words start and end (exclusive) in the folded text.</summary>
    public int Start, End;

    /// <summary>The row of the negation that governs the cue ("no particular tone"), or -1.</summary>
    public short NegatedBy;

    /// <summary>The row of the contrast or concession that weakens the cue (before "but", inside "although"), or -1.</summary>
    public short HalvedBy;

    /// <summary>The index of the hit whose words decided <see cref="ReadAs"/> (the noun a modifier modifies), or -1.</summary>
    public short ReadBy;

    /// <summary>How the words around the cue changed what it counts; see <see cref="SentenceReading"/>.</summary>
    public HitReading ReadAs;

    /// <summary>Whether a negation governs the cue.</summary>
    public readonly bool Negated => NegatedBy >= 0;

    /// <summary>Whether a contrast weakens the cue.</summary>
    public readonly bool Halved => HalvedBy >= 0;
}
