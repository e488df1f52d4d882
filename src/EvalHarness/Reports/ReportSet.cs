using EvalHarness.Evaluation;
using EvalHarness.Gate;

namespace EvalHarness.Reports;

/// <summary>Writes the reports of a finished, in-memory run into a folder, replacing it at once.</summary>
public static class ReportSet
{
    /// <summary>The files every run writes.</summary>
    public static IReadOnlyList<string> Files { get; } =
        ["results.csv", "summary.csv", "per_label.csv", "confusion.csv", "disagreements.csv", "annotators.csv", "rules.csv", "summary.md"];

    /// <summary>Writes all reports (and regressions.csv when compared with a baseline) into <paramref name="directory"/>.</summary>
    public static void Write(string directory, EvaluationRun run, RunStamp stamp, RunComparison? comparison, GateVerdict? verdict)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(stamp);
        ReportFolder.Replace(directory, folder =>
        {
            using var writer = new ReportWriter(folder);
            foreach (var result in run.Results)
                writer.Add(result);
            writer.Complete(run.Metrics, stamp, comparison, verdict);
        });
    }

    /// <summary>Writes the two files of a baseline (results.csv and summary.csv), replacing the folder at once.</summary>
    public static void WriteBaseline(string directory, IEnumerable<ScenarioResult> results, EvaluationMetrics metrics, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(metrics);
        ReportFolder.Replace(directory, folder =>
        {
            ResultsCsvWriter.Write(Path.Combine(folder, "results.csv"), results);
            SummaryCsvWriter.Write(Path.Combine(folder, "summary.csv"), metrics, stamp);
        });
    }
}
