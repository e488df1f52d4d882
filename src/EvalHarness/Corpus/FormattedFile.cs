namespace EvalHarness.Corpus;

/// <summary>One corpus file put in the repository's form.</summary>
/// <param name="File">The file name, such as <c>scenarios.csv</c>.</param>
/// <param name="Changed">Whether its bytes change.</param>
/// <param name="Differences">What changes, for people: <c>';' between fields becomes ','</c>, <c>byte-order mark removed</c>; empty when nothing does.</param>
public sealed record FormattedFile(string File, bool Changed, IReadOnlyList<string> Differences);
