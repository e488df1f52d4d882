using EvalHarness.Corpus;
using EvalHarness.Gate;

namespace EvalHarness.Reports;

/// <summary>Writes regressions.csv: every scenario whose outcome changed against the baseline.</summary>
public static class RegressionsCsvWriter
{
    /// <summary>Writes one row per change: regressions first, removed scenarios last.</summary>
    public static void Write(string path, RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        using var csv = ReportCsv.Create(path);
        csv.WriteHeader(["scenario_id", "change", "baseline_predicted", "predicted", "expected"]);
        foreach (var c in comparison.Changes)
        {
            csv.WriteField(c.ScenarioId);
            csv.WriteField(c.ChangeSlug);
            csv.WriteField(c.BaselinePredicted?.ToSlug() ?? "");
            csv.WriteField(c.Predicted?.ToSlug() ?? "");
            csv.WriteField(c.Expected?.ToSlug() ?? "");
            csv.EndRecord();
        }
    }
}
