using EvalHarness.Evaluation;

namespace EvalHarness.Gate;

/// <summary>The current run set against the baseline: changed scenarios, metric deltas and McNemar's test.</summary>
/// <param name="Changes">Changed scenarios: regressions, fixes, changed, new (current order), then removed (baseline order).</param>
/// <param name="Metrics">Each headline metric of summary.csv, before and now.</param>
/// <param name="PairedScored">Scenarios scored in both runs, the sample of McNemar's test.</param>
/// <param name="McNemarP">Two-sided exact p-value that the change in accuracy is chance; 1 when nothing flipped.</param>
public sealed record RunComparison(IReadOnlyList<ScenarioChange> Changes, IReadOnlyList<MetricChange> Metrics, int PairedScored, double McNemarP)
{
    /// <summary>The scenarios that went from correct to wrong.</summary>
    public IEnumerable<ScenarioChange> Regressions => Changes.Where(c => c.Change == ChangeKind.Regression);

    /// <summary>The scenarios that went from wrong to correct.</summary>
    public IEnumerable<ScenarioChange> Fixes => Changes.Where(c => c.Change == ChangeKind.Fix);

    /// <summary>Compares a finished run with a baseline by scenario id.</summary>
    public static RunComparison Compare(BaselineRun baseline, EvaluationRun current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var builder = new RunComparisonBuilder(baseline);
        foreach (var result in current.Results)
            builder.Add(result);
        return builder.Build(current.Metrics);
    }
}
