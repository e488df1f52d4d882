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
        var perClass = new Dictionary<Approach, int>();
        foreach (var approach in ApproachText.All)
            perClass[approach] = 0;
        foreach (var label in corpus.Labels)
            perClass[label.Label]++;

        int unanimous = 0, split = 0;
        foreach (var scenario in corpus.Scenarios)
        {
            var labels = corpus.LabelsFor(scenario.Id);
            if (labels.Count < 2)
                continue;
            var agree = true;
            for (var i = 1; i < labels.Count && agree; i++)
                agree = labels[i].Label == labels[0].Label;
            if (agree)
                unanimous++;
            else
                split++;
        }

        return new CorpusStatistics(corpus.Scenarios.Count, corpus.Labels.Count, corpus.Annotators.Count, perClass, unanimous, split);
    }
}
