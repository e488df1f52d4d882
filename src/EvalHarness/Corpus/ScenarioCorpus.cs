namespace EvalHarness.Corpus;

/// <summary>A validated corpus: scenarios in file order and their expert labels; immutable.</summary>
public sealed class ScenarioCorpus
{
    private readonly Dictionary<string, ExpertLabel[]> _labelsById;

    /// <summary>Creates a corpus; labels are grouped per scenario and ordered by annotator (ordinal).</summary>
    public ScenarioCorpus(IReadOnlyList<Scenario> scenarios, IReadOnlyList<ExpertLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(labels);
        Scenarios = scenarios;
        Labels = labels;
        _labelsById = labels
            .GroupBy(l => l.ScenarioId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(l => l.Annotator, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
        Annotators = labels.Select(l => l.Annotator).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The scenarios, in the order of scenarios.csv.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>Every expert label, in the order of labels.csv.</summary>
    public IReadOnlyList<ExpertLabel> Labels { get; }

    /// <summary>The distinct annotators, sorted ordinally.</summary>
    public IReadOnlyList<string> Annotators { get; }

    /// <summary>The labels of one scenario, ordered by annotator; empty when it has none.</summary>
    public IReadOnlyList<ExpertLabel> LabelsFor(string scenarioId) =>
        _labelsById.TryGetValue(scenarioId, out var labels) ? labels : [];

    /// <summary>The scenario with this id, or <c>null</c>.</summary>
    public Scenario? Find(string scenarioId) => Scenarios.FirstOrDefault(s => s.Id == scenarioId);
}
