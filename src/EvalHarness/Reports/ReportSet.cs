using EvalHarness.Evaluation;
using EvalHarness.Gate;

namespace EvalHarness.Reports;

/// <summary>Writes every report of a run into a folder, replacing it at once.</summary>
public static class ReportSet
{
    /// <summary>The files every run writes, in the order written.</summary>
    public static IReadOnlyList<string> Files { get; } =
        ["results.csv", "summary.csv", "per_label.csv", "confusion.csv", "disagreements.csv", "annotators.csv", "rules.csv", "summary.md"];

    /// <summary>Writes all reports (and regressions.csv when compared with a baseline) into <paramref name="directory"/>.</summary>
    public static void Write(string directory, EvaluationRun run, RunStamp stamp, RunComparison? comparison, GateVerdict? verdict)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(stamp);
        ReportFolder.Replace(directory, folder =>
        {
            ResultsCsvWriter.Write(Path.Combine(folder, "results.csv"), run.Results);
            SummaryCsvWriter.Write(Path.Combine(folder, "summary.csv"), run.Metrics, stamp);
            PerLabelCsvWriter.Write(Path.Combine(folder, "per_label.csv"), run.Metrics);
            ConfusionCsvWriter.Write(Path.Combine(folder, "confusion.csv"), run.Metrics.Confusion);
            DisagreementsCsvWriter.Write(Path.Combine(folder, "disagreements.csv"), Disagreement.Of(run.Results));
            AnnotatorsCsvWriter.Write(Path.Combine(folder, "annotators.csv"), run.Metrics);
            RulesCsvWriter.Write(Path.Combine(folder, "rules.csv"), run.Metrics);
            File.WriteAllText(Path.Combine(folder, "summary.md"), SummaryMarkdownWriter.Render(run, stamp, comparison, verdict));
            if (comparison is not null)
                RegressionsCsvWriter.Write(Path.Combine(folder, "regressions.csv"), comparison);
        });
    }

    /// <summary>Writes the two files of a baseline (results.csv and summary.csv), replacing the folder at once.</summary>
    public static void WriteBaseline(string directory, EvaluationRun run, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(stamp);
        ReportFolder.Replace(directory, folder =>
        {
            ResultsCsvWriter.Write(Path.Combine(folder, "results.csv"), run.Results);
            SummaryCsvWriter.Write(Path.Combine(folder, "summary.csv"), run.Metrics, stamp);
        });
    }
}
