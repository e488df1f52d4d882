using EvalHarness.Comparison;
using EvalHarness.Reports;

namespace EvalHarness.Gate;

/// <summary>What the gate and summary.md read of a comparison with the baseline: changed labels, metric deltas and McNemar's test.</summary>
/// <param name="Changes">Changed scenarios: regressions, fixes, changed, new (current order), then removed (baseline order).</param>
/// <param name="Metrics">Each headline metric of summary.csv, before and now.</param>
/// <param name="PairedScored">Scenarios scored in both runs, the sample of McNemar's test.</param>
/// <param name="McNemarP">Two-sided exact p-value that the change in accuracy is chance; 1 when nothing flipped.</param>
public sealed record RunComparison(IReadOnlyList<ScenarioChange> Changes, IReadOnlyList<MetricChange> Metrics, int PairedScored, double McNemarP)
{
    /// <summary>The case-by-case comparison this view was made from, when there is one.</summary>
    public CaseComparison? Cases { get; init; }

    /// <summary>The scenarios that went from correct to wrong.</summary>
    public IEnumerable<ScenarioChange> Regressions => Changes.Where(c => c.Change == ChangeKind.Regression);

    /// <summary>The scenarios that went from wrong to correct.</summary>
    public IEnumerable<ScenarioChange> Fixes => Changes.Where(c => c.Change == ChangeKind.Fix);

    /// <summary>The gate's view of a case-by-case comparison of the baseline (before) with the current run (after).</summary>
    public static RunComparison From(CaseComparison cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var changes = new List<ScenarioChange>();
        foreach (var c in cases.Changes)
        {
            ChangeKind? kind = c.Outcome switch
            {
                CaseOutcome.Regressed => ChangeKind.Regression,
                CaseOutcome.Fixed => ChangeKind.Fix,
                CaseOutcome.Added => ChangeKind.New,
                CaseOutcome.Removed => ChangeKind.Removed,
                _ when (c.Changes & CaseChanges.Prediction) != 0 => ChangeKind.Changed,
                _ => null,
            };
            if (kind is { } k)
                changes.Add(new ScenarioChange(c.Id, k, c.Before?.Predicted, c.After?.Predicted, c.Expected));
        }
        var metrics = SummaryRow.All
            .Select(row => new MetricChange(row.Name, cases.Before.Metric(row.Name), cases.After.Metric(row.Name)))
            .ToArray();
        // Stable sort: by kind, comparison order within a kind, removed scenarios last.
        return new RunComparison(changes.OrderBy(c => c.Change).ToArray(), metrics, (int)cases.Paired.Count, cases.Paired.McNemarP) { Cases = cases };
    }
}
