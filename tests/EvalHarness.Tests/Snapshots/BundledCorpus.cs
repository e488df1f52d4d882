using EvalHarness.Corpus;

namespace EvalHarness.Tests.Snapshots;

/// <summary>The bundled corpus, loaded once for the corpus-driven tests; adding a row to the corpus adds a test.</summary>
internal static class BundledCorpus
{
    private static readonly Lazy<ScenarioCorpus> Loaded = new(() =>
    {
        var result = CorpusLoader.Load(RepositoryPaths.BundledCorpus);
        return result.Corpus ?? throw new InvalidOperationException(
            "the bundled corpus is invalid:\n" + string.Join('\n', result.Problems));
    });

    /// <summary>The corpus.</summary>
    public static ScenarioCorpus Corpus => Loaded.Value;

    /// <summary>Every scenario id, as xunit theory data.</summary>
    public static TheoryData<string> ScenarioIds()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in Corpus.Scenarios)
            data.Add(scenario.Id);
        return data;
    }
}
