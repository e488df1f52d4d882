using EvalHarness.Corpus;
using EvalHarness.Reports;

namespace EvalHarness.Comparison;

/// <summary>
/// Compares two runs and writes the comparison's files: comparison.csv (every case), comparison_summary.csv (the counts and
/// paired statistics) and comparison.html (for people). The one engine behind <c>compare</c> and <c>eval --baseline</c>.
/// </summary>
public static class ComparisonWriter
{
    /// <summary>The files a comparison writes.</summary>
    public static readonly string[] Files = ["comparison.csv", "comparison_summary.csv", "comparison.html"];

    /// <summary>
    /// Compares two report folders and replaces <paramref name="outFolder"/> with the comparison's files; on any problem
    /// (a missing folder, a broken row) nothing is written and the problems are returned.
    /// </summary>
    /// <param name="baseFolder">The base run's report folder, such as reports/baseline.</param>
    /// <param name="newFolder">The new run's report folder, such as reports/latest.</param>
    /// <param name="outFolder">The folder to write (replaced as a whole).</param>
    /// <param name="baseName">How to name the base folder in messages and on the page (default: as given).</param>
    /// <param name="newName">How to name the new folder (default: as given).</param>
    public static (CaseComparison? Comparison, IReadOnlyList<CorpusProblem> Problems) Write(
        string baseFolder, string newFolder, string outFolder, string? baseName = null, string? newName = null)
    {
        ArgumentNullException.ThrowIfNull(outFolder);
        var (before, baseProblems) = RecordedRun.Open(baseFolder, baseName);
        var (after, newProblems) = RecordedRun.Open(newFolder, newName);
        if (before is null || after is null)
            return (null, [.. baseProblems, .. newProblems]);
        CaseComparison? comparison = null;
        IReadOnlyList<CorpusProblem> problems = [];
        ReportFolder.TryReplace(outFolder, folder =>
        {
            (comparison, problems) = WriteInto(folder, before, after);
            return comparison is not null;
        });
        return (comparison, problems);
    }

    /// <summary>Compares two runs and writes the comparison's files into an existing folder; the files are deleted again on a problem.</summary>
    public static (CaseComparison? Comparison, IReadOnlyList<CorpusProblem> Problems) WriteInto(string folder, RecordedRun before, RecordedRun after)
    {
        ArgumentNullException.ThrowIfNull(folder);
        CaseComparison? comparison;
        IReadOnlyList<CorpusProblem> problems;
        var page = new ComparisonPage();
        using (var csv = new ComparisonCsvWriter(Path.Combine(folder, "comparison.csv")))
        {
            (comparison, problems) = CaseComparer.Compare(before, after, c =>
            {
                csv.Add(c);
                page.Add(c);
            });
        }
        if (comparison is null)
        {
            File.Delete(Path.Combine(folder, "comparison.csv"));
            return (null, problems);
        }
        ComparisonSummaryCsvWriter.Write(Path.Combine(folder, "comparison_summary.csv"), comparison);
        page.Write(Path.Combine(folder, "comparison.html"), comparison);
        return (comparison, problems);
    }
}
