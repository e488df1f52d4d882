namespace EvalHarness.Advice.Framework.Scanning;

/// <summary>A number found in a scenario, multipliers applied ("3 million", "10k").</summary>
internal struct NumberHit
{
    /// <summary>The value.</summary>
    public double Value;

    /// <summary>The index of the number's last word, so units are counted from there.</summary>
    public int Word;

    /// <summary>The index of the sentence holding the number.</summary>
    public int Sentence;

    /// <summary>Where the number's words start and end (exclusive) in the folded text, its multiplier word included.</summary>
    public int Start, End;

    /// <summary>Whether the number is written in words ("two", "a few hundred") rather than figures.</summary>
    public bool InWords;
}
