using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Gate;

/// <summary>
/// Collects, as results arrive, the scored scenarios with a must-pass tag that the classifier got wrong, and which tags
/// the corpus uses, so a must-pass tag no scenario has (a typo such as 'seed-quizz') is a problem of the policy instead
/// of a check that silently passes.
/// </summary>
public sealed class MustPassCheck(GatePolicy policy)
{
    private readonly List<string> _failures = [];
    // Readers share one tag list between scenarios with the same tags field, so the lists seen are few.
    private readonly HashSet<IReadOnlyList<string>> _tagLists = new(ReferenceEqualityComparer.Instance);

    /// <summary>One line per failed must-pass scenario, in corpus order.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Checks one result; contested scenarios never fail.</summary>
    public void Add(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (policy.MustPassTags.Count == 0)
            return;
        NoteTags(result.Scenario);
        if (result.Contested || result.Correct)
            return;
        foreach (var tag in result.Scenario.Tags)
        {
            if (!policy.MustPassTags.Contains(tag, StringComparer.Ordinal))
                continue;
            _failures.Add($"must pass ({tag}): {result.Scenario.Id} {result.Outcome} (panel: {result.Expected!.Value.ToSlug()})");
            return;
        }
    }

    /// <summary>Notes tag lists of scenarios that were not evaluated (outside a slice), so their tags still count as used.</summary>
    public void NoteTags(IEnumerable<IReadOnlyList<string>> tagLists)
    {
        ArgumentNullException.ThrowIfNull(tagLists);
        if (policy.MustPassTags.Count == 0)
            return;
        foreach (var tags in tagLists)
            _tagLists.Add(tags);
    }

    private void NoteTags(Scenario scenario)
    {
        if (scenario.Tags.Count > 0)
            _tagLists.Add(scenario.Tags);
    }

    /// <summary>
    /// Once every scenario was added: one problem per must-pass tag that no scenario of the corpus has, located at the
    /// policy's <c>must_pass_tags</c>, with the nearest tag the corpus uses.
    /// </summary>
    public IReadOnlyList<CorpusProblem> UnknownTags()
    {
        if (policy.MustPassTags.Count == 0)
            return [];
        var used = _tagLists.SelectMany(list => list).ToHashSet(StringComparer.Ordinal);
        var (file, line) = policy.MustPassTagsAt;
        return policy.MustPassTags
            .Where(tag => !used.Contains(tag))
            .Select(tag => new CorpusProblem(file, line, $"must_pass_tags: no scenario has the tag '{tag}', so the check would always pass",
                EditDistance.Nearest(tag, used.Order(StringComparer.Ordinal)) is { } near
                    ? $"did you mean '{near}'?"
                    : $"the corpus's tags are {string.Join(", ", used.Order(StringComparer.Ordinal))}"))
            .ToArray();
    }
}
