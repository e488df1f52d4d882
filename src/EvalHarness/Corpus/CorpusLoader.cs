namespace EvalHarness.Corpus;

/// <summary>Loads and validates a corpus folder (scenarios.csv and labels.csv) in one pass over both files.</summary>
public static class CorpusLoader
{
    /// <summary>Loads the folder: the corpus when it is valid, otherwise every problem found, sorted by file and line.</summary>
    /// <remarks>Bad data never throws; only a null or blank <paramref name="directory"/> (a caller's mistake) does.</remarks>
    public static CorpusLoadResult Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var problems = new CorpusProblemList(CorpusFiles.Scenarios, CorpusFiles.Labels);
        if (!Directory.Exists(directory))
        {
            problems.Add(directory, 0, "corpus folder not found", $"give the folder that holds {CorpusFiles.Scenarios} and {CorpusFiles.Labels}");
            return new CorpusLoadResult(null, problems.Sorted());
        }

        var scenarios = new List<Scenario>();
        IReadOnlyDictionary<string, int> ids;
        bool allScenariosRead;
        using (var reader = ScenarioCsvReader.Open(directory, problems))
        {
            while (reader.TryReadNext(out var scenario))
                scenarios.Add(scenario);
            ids = reader.Ids;
            allScenariosRead = reader.ReadToEnd && reader.Records > 0;
        }

        var labels = new List<ExpertLabel>();
        using (var reader = LabelCsvReader.Open(directory, problems, allScenariosRead ? ids : null))
        {
            while (reader.TryReadNext(out var label))
                labels.Add(label);

            // Without every id, each label would be an 'unknown scenario'; one note says it instead of a cascade.
            if (!allScenariosRead && reader.Records > 0)
                problems.Add(CorpusFiles.Labels, 0, $"scenario ids were not checked, because {CorpusFiles.Scenarios} could not be read in full");
            if (reader.ReadToEnd)
                ReportUnlabelled(ids, reader.LabelledIds, problems);
        }

        return problems.Count == 0
            ? new CorpusLoadResult(new ScenarioCorpus(scenarios, labels), [])
            : new CorpusLoadResult(null, problems.Sorted());
    }

    private static void ReportUnlabelled(IReadOnlyDictionary<string, int> ids, IReadOnlySet<string> labelled, CorpusProblemList problems)
    {
        foreach (var (id, line) in ids)
        {
            if (!labelled.Contains(id))
                problems.Add(CorpusFiles.Scenarios, line, $"scenario '{id}' has no label", $"add a row for it to {CorpusFiles.Labels}");
        }
    }
}
