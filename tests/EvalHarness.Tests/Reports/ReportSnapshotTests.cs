using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Evaluation;
using EvalHarness.Reports;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Reports;

/// <summary>Snapshots of the reports of the bundled corpus, so any change in a figure shows as a diff.</summary>
public sealed class ReportSnapshotTests : IClassFixture<ReportSnapshotTests.BundledReports>
{
    private readonly BundledReports _reports;

    public ReportSnapshotTests(BundledReports reports) => _reports = reports;

    [Theory]
    [InlineData("results.csv")]
    [InlineData("summary.csv")]
    [InlineData("per_label.csv")]
    [InlineData("confusion.csv")]
    public void Eval_BundledCorpus_ReportMatchesSnapshot(string file)
    {
        var text = File.ReadAllText(Path.Combine(_reports.Folder, file));

        TextSnapshot.Match("Reports", file, text, $"report {file} of the bundled corpus");
    }

    /// <summary>The reports of the bundled corpus, written once for all the snapshot tests.</summary>
    public sealed class BundledReports : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("bundled-reports-").FullName;

        public BundledReports()
        {
            var run = CorpusEvaluator.Evaluate(BundledCorpus.Corpus, new FrameworkAdvisor());
            var stamp = RunStamp.For(RepositoryPaths.BundledCorpus, run.AdvisorVersion, run.Results.Count);
            ReportSet.Write(Folder, run, stamp, comparison: null, verdict: null);
        }

        public string Folder => Path.Combine(_root, "reports");

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
