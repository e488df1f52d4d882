namespace EvalHarness.Advice.Framework;

/// <summary>How a row of the cue table depends on the words around it.</summary>
internal enum CueReading : byte
{
    /// <summary>Counts wherever it stands.</summary>
    Plain,

    /// <summary>
    /// An adjective that makes knowledge only of what it modifies ("internal documents"): nothing for a label set, a
    /// format or a style ("internal categories"), at most 1 when no knowledge noun is near.
    /// </summary>
    Modifier,

    /// <summary>An option that counts only in a choice among options ("pick the right function"), otherwise not at all.</summary>
    Option,
}
