namespace EvalHarness.Corpus;

/// <summary>What <see cref="CorpusFormatter"/> did to a corpus folder.</summary>
/// <param name="Files">Each file, changed or not; empty when there were problems, since then nothing is written.</param>
/// <param name="Problems">What kept the files from being read record by record, sorted by file and line.</param>
public sealed record CorpusFormatResult(IReadOnlyList<FormattedFile> Files, IReadOnlyList<CorpusProblem> Problems)
{
    /// <summary>Whether a file was (or, when only checking, would be) rewritten.</summary>
    public bool AnyChanged => Files.Any(f => f.Changed);
}
