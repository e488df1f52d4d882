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

    /// <summary>Whether a negation governs the cue ("no particular tone").</summary>
    public bool Negated;

    /// <summary>Whether a contrast weakens the cue (before "but", inside "although").</summary>
    public bool Halved;
}
