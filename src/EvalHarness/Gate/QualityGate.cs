using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Reports;

namespace EvalHarness.Gate;

/// <summary>Checks a run against a gate policy and, when given, its comparison with the baseline.</summary>
public static class QualityGate
{
    /// <summary>Checks a finished run: every condition, each failure on its own line; contested scenarios never fail the gate.</summary>
    public static GateVerdict Check(GatePolicy policy, EvaluationRun run, RunComparison? comparison)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(run);
        var mustPass = new MustPassCheck(policy);
        foreach (var result in run.Results)
            mustPass.Add(result);
        return Check(policy, run.Metrics, mustPass.Failures, comparison);
    }

    /// <summary>Checks the thresholds against metrics, with the must-pass failures collected while streaming, and the regressions.</summary>
    public static GateVerdict Check(GatePolicy policy, EvaluationMetrics m, IReadOnlyList<string> mustPassFailures, RunComparison? comparison)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(mustPassFailures);
        var failures = new List<string>();
        var conditions = new List<GateCondition>();
        AtLeast(failures, conditions, "accuracy", m.Accuracy, "min_accuracy", policy.MinAccuracy);
        AtLeast(failures, conditions, "acceptable_accuracy", m.AcceptableAccuracy, "min_acceptable_accuracy", policy.MinAcceptableAccuracy);
        AtLeast(failures, conditions, "macro_f1", m.MacroF1, "min_macro_f1", policy.MinMacroF1);
        AtLeast(failures, conditions, "cohen_kappa", m.CohenKappa, "min_cohen_kappa", policy.MinCohenKappa);
        AtLeast(failures, conditions, "stability", m.Stability, "min_stability", policy.MinStability);
        if (m.AdvisorErrors > policy.MaxAdvisorErrors)
            failures.Add($"advisor_errors {m.AdvisorErrors} > max_advisor_errors {policy.MaxAdvisorErrors}");
        conditions.Add(new GateCondition($"advisor_errors {m.AdvisorErrors} {(m.AdvisorErrors > policy.MaxAdvisorErrors ? ">" : "<=")} max_advisor_errors {policy.MaxAdvisorErrors}", m.AdvisorErrors <= policy.MaxAdvisorErrors));
        failures.AddRange(mustPassFailures);
        if (policy.MustPassTags.Count > 0)
            conditions.Add(new GateCondition($"every scored scenario tagged {string.Join(", ", policy.MustPassTags)} right: {mustPassFailures.Count} wrong", mustPassFailures.Count == 0));

        if (comparison is not null)
        {
            var removed = comparison.Changes.Where(c => c.Change == ChangeKind.Removed).ToArray();
            conditions.Add(new GateCondition($"removed {removed.Length} {(removed.Length > policy.MaxRemoved ? ">" : "<=")} max_removed {policy.MaxRemoved}", removed.Length <= policy.MaxRemoved));
            if (removed.Length > policy.MaxRemoved)
            {
                failures.Add($"removed {removed.Length} > max_removed {policy.MaxRemoved}: scenarios of the baseline are no longer in the corpus; "
                    + "a removal is accepted by updating the baseline (eval-harness accept, or eval --update-baseline)");
                foreach (var r in removed.Take(MaxListed))
                    failures.Add($"removed: {r.InPlainWords()}");
                if (removed.Length > MaxListed)
                    failures.Add($"removed: ... and {removed.Length - MaxListed} more, listed in regressions.csv");
            }

            var regressions = comparison.Regressions.ToArray();
            conditions.Add(new GateCondition($"regressions {regressions.Length} {(regressions.Length > policy.MaxRegressions ? ">" : "<=")} max_regressions {policy.MaxRegressions}", regressions.Length <= policy.MaxRegressions));
            if (regressions.Length > policy.MaxRegressions)
            {
                failures.Add($"regressions {regressions.Length} > max_regressions {policy.MaxRegressions}");
                foreach (var r in regressions)
                    failures.Add($"regression: {r.ScenarioId} was {r.BaselinePredicted?.ToSlug() ?? "no prediction"}, now {r.Predicted?.ToSlug() ?? "no prediction"} (panel: {r.Expected!.Value.ToSlug()})");
            }
        }
        return new GateVerdict(failures) { Conditions = conditions };
    }

    /// <summary>How many removed scenarios a failure names; the rest are counted.</summary>
    private const int MaxListed = 10;

    private static void AtLeast(List<string> failures, List<GateCondition> conditions, string metric, double? value, string threshold, double? minimum)
    {
        if (minimum is not { } min)
            return;
        var failure = value is not { } v ? $"{metric} undefined (no scored scenario) < {threshold} {ReportCsv.Number(min)}"
            // Compare at the precision reports show, so a failure never reads "0.8500 < 0.8500".
            : ReportCsv.Rounded(v) < min ? $"{metric} {ReportCsv.Number(v)} < {threshold} {ReportCsv.Number(min)}"
            : null;
        if (failure is not null)
            failures.Add(failure);
        conditions.Add(new GateCondition(failure ?? $"{metric} {ReportCsv.Number(value)} >= {threshold} {ReportCsv.Number(min)}", failure is null));
    }
}
