using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Reports;

namespace EvalHarness.Comparison;

/// <summary>Writes comparison_summary.csv: <c>metric,value</c> rows of a case-by-case comparison.</summary>
public static class ComparisonSummaryCsvWriter
{
    /// <summary>Writes the counts, the paired statistics and the per-label figures and confusion of both runs.</summary>
    public static void Write(string path, CaseComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        using var csv = ReportCsv.Create(path);
        csv.WriteHeader(["metric", "value"]);
        void Count(string name, long value)
        {
            csv.WriteField(name);
            csv.WriteCount(value);
            csv.EndRecord();
        }
        void Figure(string name, double? value)
        {
            csv.WriteField(name);
            csv.WriteNumber(value);
            csv.EndRecord();
        }

        Count("shared", c.Delta.Shared);
        Count("added", c.Delta.Added);
        Count("removed", c.Delta.Removed);
        Count("text_changed", c.Delta.TextChanged);
        Count("panel_changed", c.Delta.PanelChanged);
        csv.WriteRecord(["same_corpus_files", c.Delta.SameCorpusFiles ? "true" : "false"]);
        foreach (var outcome in Enum.GetValues<CaseOutcome>())
            if (outcome is not CaseOutcome.Added and not CaseOutcome.Removed)
                Count(outcome.ToSlug().Replace('-', '_'), c.Count(outcome));
        Count("prediction_changed", c.PredictionChanged);
        Count("explanation_changed", c.ExplanationChanged);
        Count("paired_scored", c.Paired.Count);
        Figure("accuracy_before", c.Paired.AccuracyBefore);
        Figure("accuracy_after", c.Paired.AccuracyAfter);
        Figure("accuracy_difference", c.Paired.Difference);
        Figure("accuracy_difference_ci_low", c.Paired.DifferenceInterval?.Low);
        Figure("accuracy_difference_ci_high", c.Paired.DifferenceInterval?.High);
        csv.WriteField("mcnemar_p");
        csv.WriteField(ReportCsv.Number(c.Paired.McNemarP));
        csv.EndRecord();
        foreach (var (side, confusion) in new[] { ("before", c.ConfusionBefore), ("after", c.ConfusionAfter) })
        {
            foreach (var label in confusion.PerLabel())
            {
                var slug = label.Label.ToSlug().Replace('-', '_');
                Figure($"{slug}_precision_{side}", label.Precision);
                Figure($"{slug}_recall_{side}", label.Recall);
                Figure($"{slug}_f1_{side}", label.F1);
            }
            foreach (var expected in ApproachText.All)
                foreach (var predicted in ApproachText.All)
                    Count($"confusion_{side}_{expected.ToSlug().Replace('-', '_')}_as_{predicted.ToSlug().Replace('-', '_')}", confusion[expected, predicted]);
        }
    }
}
