using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes annotators.csv: each annotator's agreement with the panel and with the classifier.</summary>
public static class AnnotatorsCsvWriter
{
    /// <summary>Writes one row per annotator, ordered by annotator.</summary>
    public static void Write(string path, EvaluationMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        using var csv = ReportCsv.Create(path);
        csv.WriteHeader(["annotator", "labels", "agreement_with_panel", "agreement_with_classifier", "cohen_kappa_with_classifier"]);
        foreach (var a in metrics.Annotators)
        {
            csv.WriteField(a.Annotator);
            csv.WriteCount(a.Labels);
            csv.WriteNumber(a.AgreementWithPanel);
            csv.WriteNumber(a.AgreementWithClassifier);
            csv.WriteNumber(a.CohenKappaWithClassifier);
            csv.EndRecord();
        }
    }
}
