using EvalHarness.Evaluation;
using EvalHarness.Reports;

namespace EvalHarness.Gate;

/// <summary>Compares a run with the baseline as results arrive, keeping only the changes.</summary>
public sealed class RunComparisonBuilder
{
    private readonly Dictionary<string, BaselineResult> _before = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<BaselineResult> _baselineOrder;
    private readonly IReadOnlyDictionary<string, double?> _baselineMetrics;
    private readonly List<ScenarioChange> _changes = [];
    private int _paired, _regressed, _fixed;

    /// <summary>Starts a comparison with a baseline.</summary>
    public RunComparisonBuilder(BaselineRun baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        foreach (var row in baseline.Results)
            _before.TryAdd(row.ScenarioId, row);
        _baselineOrder = baseline.Results;
        _baselineMetrics = baseline.Metrics;
    }

    /// <summary>Compares one current result with its baseline row.</summary>
    public void Add(ScenarioResult now)
    {
        ArgumentNullException.ThrowIfNull(now);
        var id = now.Scenario.Id;
        // Taken out as it is matched, so what is left at the end was removed; no second set of a million ids.
        if (!_before.Remove(id, out var then))
        {
            _changes.Add(new ScenarioChange(id, ChangeKind.New, null, now.Predicted, now.Expected));
            return;
        }
        var bothScored = then.Expected is not null && !now.Contested;
        if (bothScored)
            _paired++;
        // Only scenarios scored in both runs can regress or be fixed; a scenario that became contested never fails the gate.
        ChangeKind? kind =
            bothScored && then.Correct && !now.Correct ? ChangeKind.Regression
            : bothScored && !then.Correct && now.Correct ? ChangeKind.Fix
            : then.Predicted != now.Predicted ? ChangeKind.Changed
            : null;
        if (kind is null)
            return;
        if (kind == ChangeKind.Regression)
            _regressed++;
        if (kind == ChangeKind.Fix)
            _fixed++;
        _changes.Add(new ScenarioChange(id, kind.Value, then.Predicted, now.Predicted, now.Expected));
    }

    /// <summary>The comparison, once every current result was added.</summary>
    public RunComparison Build(EvaluationMetrics current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var removed = _baselineOrder
            .Where(r => _before.ContainsKey(r.ScenarioId))
            .Select(r => new ScenarioChange(r.ScenarioId, ChangeKind.Removed, r.Predicted, null, r.Expected));
        var metrics = SummaryRow.All
            .Select(row => new MetricChange(row.Name, _baselineMetrics.GetValueOrDefault(row.Name), row.Value(current)))
            .ToArray();
        // Stable sort: by kind, corpus order within a kind, removed scenarios last in baseline order.
        var changes = _changes.OrderBy(c => c.Change).Concat(removed).ToArray();
        return new RunComparison(changes, metrics, _paired, McNemarTest.ExactTwoSidedP(_regressed, _fixed));
    }
}
