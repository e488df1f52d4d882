using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes annotator_pairs.csv: how far each pair of annotators agrees, and Cohen's kappa between them.</summary>
public static class AnnotatorPairsCsvWriter
{
    /// <summary>Writes one row per pair of annotators who labelled a scenario in common, ordered by annotator.</summary>
    public static void Write(string path, EvaluationMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        using var csv = ReportCsv.Create(path);
        csv.WriteHeader(["annotator_a", "annotator_b", "scenarios", "agreement", "cohen_kappa"]);
        foreach (var p in metrics.AnnotatorPairs)
        {
            csv.WriteField(p.First);
            csv.WriteField(p.Second);
            csv.WriteCount(p.Scenarios);
            csv.WriteNumber(p.Agreement);
            csv.WriteNumber(p.CohenKappa);
            csv.EndRecord();
        }
    }
}
