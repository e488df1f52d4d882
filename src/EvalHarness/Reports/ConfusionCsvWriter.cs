using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes confusion.csv: one row per panel label, one column per prediction and a last one for no prediction.</summary>
public static class ConfusionCsvWriter
{
    /// <summary>The header of the column that counts scenarios without a prediction (an advisor error, or repeats that tied).</summary>
    public const string NoPrediction = "no-prediction";

    /// <summary>Writes the confusion matrix of scored scenarios.</summary>
    public static void Write(string path, ConfusionMatrix confusion)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        using var csv = ReportCsv.Create(path);
        csv.WriteField("expected");
        foreach (var predicted in ApproachText.All)
            csv.WriteField(predicted.ToSlug());
        csv.WriteField(NoPrediction);
        csv.EndRecord();
        foreach (var expected in ApproachText.All)
        {
            csv.WriteField(expected.ToSlug());
            foreach (var predicted in ApproachText.All)
                csv.WriteCount(confusion[expected, predicted]);
            csv.WriteCount(confusion.Unanswered(expected));
            csv.EndRecord();
        }
    }
}
