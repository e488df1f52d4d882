using EvalHarness.Evaluation;
using EvalHarness.Reports;

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

    /// <summary>Compares a run with a baseline by scenario id.</summary>
    public static RunComparison Compare(BaselineRun baseline, EvaluationRun current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        var before = new Dictionary<string, BaselineResult>(StringComparer.Ordinal);
        foreach (var row in baseline.Results)
            before.TryAdd(row.ScenarioId, row);

        var changes = new List<ScenarioChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int paired = 0, regressed = 0, fixedCount = 0;
        foreach (var now in current.Results)
        {
            var id = now.Scenario.Id;
            seen.Add(id);
            if (!before.TryGetValue(id, out var then))
            {
                changes.Add(new ScenarioChange(id, ChangeKind.New, null, now.Predicted, now.Expected));
                continue;
            }
            var bothScored = then.Expected is not null && !now.Contested;
            if (bothScored)
                paired++;
            // Only scenarios scored in both runs can regress or be fixed; a scenario that became contested never fails the gate.
            ChangeKind? kind =
                bothScored && then.Correct && !now.Correct ? ChangeKind.Regression
                : bothScored && !then.Correct && now.Correct ? ChangeKind.Fix
                : then.Predicted != now.Predicted ? ChangeKind.Changed
                : null;
            if (kind is null)
                continue;
            if (kind == ChangeKind.Regression)
                regressed++;
            if (kind == ChangeKind.Fix)
                fixedCount++;
            changes.Add(new ScenarioChange(id, kind.Value, then.Predicted, now.Predicted, now.Expected));
        }
        changes.AddRange(baseline.Results
            .Where(r => !seen.Contains(r.ScenarioId))
            .Select(r => new ScenarioChange(r.ScenarioId, ChangeKind.Removed, r.Predicted, null, r.Expected)));

        var metrics = SummaryRow.All
            .Select(row => new MetricChange(row.Name, baseline.Metrics.GetValueOrDefault(row.Name), row.Value(current.Metrics)))
            .ToArray();
        var ordered = changes.OrderBy(c => c.Change == ChangeKind.Removed).ThenBy(c => c.Change).ToArray();
        return new RunComparison(ordered, metrics, paired, McNemarTest.ExactTwoSidedP(regressed, fixedCount));
    }
}
