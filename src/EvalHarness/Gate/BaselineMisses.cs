using EvalHarness.Comparison;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Reports;

namespace EvalHarness.Gate;

/// <summary>
/// Tells the JUnit report which misses the baseline accepted: a scored scenario the baseline got wrong too is a known
/// miss and its test case is skipped with that reason, so a dashboard is red only for what the gate fails on (a
/// regression, a must-pass scenario) or what nothing accepted yet (a scenario the baseline does not have).
/// </summary>
public sealed class BaselineMisses
{
    private readonly Dictionary<string, (Approach? Expected, Approach? Predicted)> _baseline = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _mustPassTags;

    private BaselineMisses(IReadOnlyList<string> mustPassTags) => _mustPassTags = mustPassTags;

    /// <summary>Reads the baseline's scenarios; a must-pass scenario's miss always fails, as it fails the gate.</summary>
    public static BaselineMisses From(RecordedRun baseline, GatePolicy? policy, List<CorpusProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(problems);
        var misses = new BaselineMisses(policy?.MustPassTags ?? []);
        foreach (var scenario in baseline.Scenarios(problems))
            misses._baseline[scenario.Id] = (scenario.Expected, scenario.Predicted);
        return misses;
    }

    /// <summary>How a scored scenario the advisor got wrong is shown: skipped when the baseline missed it too, otherwise failed with what the baseline said.</summary>
    public MissVerdict Judge(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!_baseline.TryGetValue(result.Scenario.Id, out var then))
            return new MissVerdict(false, "new scenario, not in the baseline");
        if (result.Scenario.Tags.Any(tag => _mustPassTags.Contains(tag, StringComparer.Ordinal)))
            return new MissVerdict(false, "a must-pass scenario");
        var before = then.Predicted?.ToSlug() ?? "no prediction";
        if (then.Expected is null)
            return new MissVerdict(false, "not scored in the baseline (its panel was tied)");
        return then.Expected == then.Predicted
            ? new MissVerdict(false, $"regression: the baseline predicted {before}")
            : new MissVerdict(true, $"known miss, accepted in the baseline (which predicted {before})");
    }
}
