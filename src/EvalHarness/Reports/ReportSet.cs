using EvalHarness.Evaluation;
using EvalHarness.Gate;

namespace EvalHarness.Reports;

/// <summary>Writes the reports of a finished, in-memory run into a folder, replacing it at once.</summary>
public static class ReportSet
{
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
}
