using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes per_label.csv: precision, recall, F1, support and predicted count per label.</summary>
public static class PerLabelCsvWriter
{
    /// <summary>Writes one row per label, in report order.</summary>
    public static void Write(string path, EvaluationMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        using var csv = ReportCsv.Create(path);
        csv.WriteHeader(["label", "precision", "recall", "f1", "support", "predicted"]);
        foreach (var label in metrics.PerLabel)
        {
            csv.WriteField(label.Label.ToSlug());
            csv.WriteNumber(label.Precision);
            csv.WriteNumber(label.Recall);
            csv.WriteNumber(label.F1);
            csv.WriteCount(label.Support);
            csv.WriteCount(label.Predicted);
            csv.EndRecord();
        }
    }
}
