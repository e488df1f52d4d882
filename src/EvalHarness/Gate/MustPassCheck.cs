using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Gate;

/// <summary>Collects, as results arrive, the scored scenarios with a must-pass tag that the classifier got wrong.</summary>
public sealed class MustPassCheck(GatePolicy policy)
{
    private readonly List<string> _failures = [];

    /// <summary>One line per failed must-pass scenario, in corpus order.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Checks one result; contested scenarios never fail.</summary>
    public void Add(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Contested || result.Correct || policy.MustPassTags.Count == 0)
            return;
        foreach (var tag in result.Scenario.Tags)
        {
            if (!policy.MustPassTags.Contains(tag, StringComparer.Ordinal))
                continue;
            _failures.Add($"must pass ({tag}): {result.Scenario.Id} {result.Outcome} (panel: {result.Expected!.Value.ToSlug()})");
            return;
        }
    }
}
