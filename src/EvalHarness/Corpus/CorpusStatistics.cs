namespace EvalHarness.Corpus;

/// <summary>The size and agreement of a corpus, as <c>validate</c> summarises it.</summary>
/// <param name="Scenarios">The number of scenarios.</param>
/// <param name="Labels">The number of expert labels.</param>
/// <param name="Annotators">The number of distinct annotators.</param>
/// <param name="LabelsPerClass">How many labels name each approach; every approach is present, in <see cref="ApproachText.All"/> order.</param>
/// <param name="Unanimous">Scenarios with two or more labels that all agree.</param>
/// <param name="Split">Scenarios with two or more labels that do not all agree.</param>
public sealed record CorpusStatistics(
    int Scenarios,
    int Labels,
    int Annotators,
    IReadOnlyDictionary<Approach, int> LabelsPerClass,
    int Unanimous,
    int Split)
{
    /// <summary>Counts the statistics of a corpus in one pass over its labels.</summary>
    public static CorpusStatistics Of(ScenarioCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return Of(corpus.Scenarios.Select(s => corpus.LabelsFor(s.Id)), corpus.Annotators.Count);
    }

    /// <summary>Validates a folder and counts its statistics as a stream, so a corpus of any size fits in memory.</summary>
    /// <returns>The statistics, or <c>null</c> when the folder has problems (then listed, sorted, in <paramref name="problems"/>).</returns>
    public static CorpusStatistics? Stream(string directory, out IReadOnlyList<CorpusProblem> problems)
    {
        var list = CorpusProblemList.ForCorpus();
        CorpusStatistics statistics;
        using (var stream = CorpusStream.Open(directory, list))
        {
            statistics = Of(LabelsOfEach(stream), stream.Annotators.Count);
            stream.Complete();
        }
        problems = list.Sorted();
        return problems.Count == 0 ? statistics : null;
    }

    private static IEnumerable<IReadOnlyList<ExpertLabel>> LabelsOfEach(CorpusStream stream)
    {
        while (stream.TryReadNext(out _, out var labels))
            yield return labels;
    }

    private static CorpusStatistics Of(IEnumerable<IReadOnlyList<ExpertLabel>> scenarios, int annotators)
    {
        var perApproach = new int[ApproachText.All.Count]; // counted by value: a table lookup is cheaper than hashing
        int count = 0, labelCount = 0, unanimous = 0, split = 0;
        foreach (var labels in scenarios)
        {
            count++;
            labelCount += labels.Count;
            var agree = true;
            for (var i = 0; i < labels.Count; i++)
            {
                perApproach[(int)labels[i].Label]++;
                agree &= labels[i].Label == labels[0].Label;
            }
            if (labels.Count < 2)
                continue;
            if (agree)
                unanimous++;
            else
                split++;
        }
        var perClass = new Dictionary<Approach, int>();
        foreach (var approach in ApproachText.All)
            perClass[approach] = perApproach[(int)approach];
        return new CorpusStatistics(count, labelCount, annotators, perClass, unanimous, split);
    }
}
