using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes disagreements.csv: the curriculum authors' work list.</summary>
public static class DisagreementsCsvWriter
{
    /// <summary>Writes one row per disagreement, classifier errors first.</summary>
    public static void Write(string path, IReadOnlyList<Disagreement> disagreements)
    {
        ArgumentNullException.ThrowIfNull(disagreements);
        using var csv = ReportCsv.Create(path);
        csv.WriteHeader(["scenario_id", "kind", "expected", "predicted", "expert_labels", "text"]);
        foreach (var d in disagreements)
        {
            csv.WriteField(d.Result.Scenario.Id);
            csv.WriteField(d.KindSlug);
            csv.WriteField(d.Result.Expected?.ToSlug() ?? "");
            csv.WriteField(d.Result.Predicted.ToSlug());
            csv.WriteField(ResultsCsvWriter.ExpertLabels(d.Result));
            csv.WriteField(d.Result.Scenario.Text);
            csv.EndRecord();
        }
    }
}
