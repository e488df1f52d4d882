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
        Annotators = AnnotatorsOf(labels);
    }

    private ScenarioCorpus(IReadOnlyList<Scenario> scenarios, Dictionary<string, ExpertLabel[]> labelsById)
    {
        Scenarios = scenarios;
        _labelsById = labelsById;
        Labels = labelsById.Values.SelectMany(l => l).OrderBy(l => l.Line).ToArray();
        Annotators = AnnotatorsOf(Labels);
    }

    private static string[] AnnotatorsOf(IEnumerable<ExpertLabel> labels) =>
        labels.Select(l => l.Annotator).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Creates a corpus from scenarios and, at the same positions, their labels already ordered by annotator.</summary>
    public static ScenarioCorpus FromGrouped(IReadOnlyList<Scenario> scenarios, IReadOnlyList<ExpertLabel[]> labels)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(labels);
        if (scenarios.Count != labels.Count)
            throw new ArgumentException("every scenario needs its own list of labels", nameof(labels));
        var byId = new Dictionary<string, ExpertLabel[]>(scenarios.Count, StringComparer.Ordinal);
        for (var i = 0; i < scenarios.Count; i++)
            byId[scenarios[i].Id] = labels[i];
        return new ScenarioCorpus(scenarios, byId);
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
