namespace EvalHarness.Corpus;

/// <summary>Loads and validates a corpus folder (scenarios.csv and labels.csv) in one pass over both files.</summary>
public static class CorpusLoader
{
    /// <summary>Loads the folder: the corpus when it is valid, otherwise every problem found, sorted by file and line.</summary>
    /// <remarks>Bad data never throws; only a null or blank <paramref name="directory"/> (a caller's mistake) does.</remarks>
    public static CorpusLoadResult Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var problems = CorpusProblemList.ForCorpus();
        var scenarios = new List<Scenario>();
        var labels = new List<ExpertLabel[]>();
        using (var stream = CorpusStream.Open(directory, problems, keepRationales: true))
        {
            while (stream.TryReadNext(out var scenario, out var scenarioLabels))
            {
                scenarios.Add(scenario);
                labels.Add(scenarioLabels);
            }
            stream.Complete();
        }

        return problems.Count == 0
            ? new CorpusLoadResult(ScenarioCorpus.FromGrouped(scenarios, labels), [])
            : new CorpusLoadResult(null, problems.Sorted());
    }
}
