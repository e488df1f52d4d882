namespace EvalHarness.Corpus;

/// <summary>The outcome of loading a corpus folder: the corpus when it is valid, and every problem found.</summary>
/// <param name="Corpus">The corpus, or <c>null</c> when any problem was found.</param>
/// <param name="Problems">All problems, sorted by file and line.</param>
public sealed record CorpusLoadResult(ScenarioCorpus? Corpus, IReadOnlyList<CorpusProblem> Problems)
{
    /// <summary>Whether the corpus loaded with no problem.</summary>
    public bool IsValid => Corpus is not null && Problems.Count == 0;
}
