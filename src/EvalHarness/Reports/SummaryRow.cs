using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>One metric row of summary.csv: its name and how to read it from the metrics.</summary>
/// <param name="Name">The metric name as written in summary.csv.</param>
/// <param name="Value">Reads the metric; <c>null</c> when undefined.</param>
/// <param name="IsCount">Whether the metric is a count (written without decimals).</param>
public sealed record SummaryRow(string Name, Func<EvaluationMetrics, double?> Value, bool IsCount = false)
{
    /// <summary>The metric rows of summary.csv, in order; the baseline comparison reads the same names.</summary>
    public static IReadOnlyList<SummaryRow> All { get; } =
    [
        new("scenarios", m => m.Scenarios, IsCount: true),
        new("scored", m => m.Scored, IsCount: true),
        new("contested", m => m.Contested, IsCount: true),
        new("accuracy", m => m.Accuracy),
        new("accuracy_ci_low", m => m.AccuracyInterval?.Low),
        new("accuracy_ci_high", m => m.AccuracyInterval?.High),
        new("acceptable_accuracy", m => m.AcceptableAccuracy),
        new("macro_precision", m => m.MacroPrecision),
        new("macro_recall", m => m.MacroRecall),
        new("macro_f1", m => m.MacroF1),
        new("cohen_kappa", m => m.CohenKappa),
        new("expert_fleiss_kappa", m => m.ExpertFleissKappa),
        new("expert_krippendorff_alpha", m => m.ExpertKrippendorffAlpha),
        new("expert_pairwise_agreement", m => m.ExpertPairwiseAgreement),
        new("expert_mean_accuracy", m => m.ExpertMeanAccuracy),
        new("advisor_errors", m => m.AdvisorErrors, IsCount: true),
        new("unstable", m => m.Unstable, IsCount: true),
        new("stability", m => m.Stability),
    ];

    /// <summary>Whether a metric of summary.csv is a count, so it is shown without decimals.</summary>
    public static bool IsCountMetric(string name) => All.Any(row => row.IsCount && row.Name == name);
}
