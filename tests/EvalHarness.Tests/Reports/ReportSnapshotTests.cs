using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Evaluation;
using EvalHarness.Reports;
using EvalHarness.Cli.Authoring;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Reports;

/// <summary>Snapshots of the reports of the bundled corpus, so any change in a figure shows as a diff; what is snapshotted is defined in <see cref="CorpusSnapshots"/>, which 'accept' writes from.</summary>
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
        var text = _reports.Texts[file];

        TextSnapshot.MatchIn(Path.Combine(RepositoryPaths.Root, CorpusSnapshots.ReportTests), file, text, $"report {file} of the bundled corpus");
    }

    [Fact]
    public void ReportFiles_AreTheOnesTestedHere() =>
        Assert.Equal(["results.csv", "summary.csv", "per_label.csv", "confusion.csv"], CorpusSnapshots.ReportFiles);

    /// <summary>The reports of the bundled corpus, written once for all the snapshot tests, as <see cref="CorpusSnapshots"/> defines them.</summary>
    public sealed class BundledReports
    {
        public IReadOnlyDictionary<string, string> Texts { get; } = CorpusSnapshots.Reports(BundledCorpus.Corpus, RepositoryPaths.BundledCorpus);
    }
}
