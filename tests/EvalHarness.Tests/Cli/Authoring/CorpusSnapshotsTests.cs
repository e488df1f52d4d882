using EvalHarness.Cli.Authoring;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Cli.Authoring;

public sealed class CorpusSnapshotsTests
{
    [Fact]
    public void FileBytes_OfEveryBundledSnapshot_AreTheBytesSnapshooterCommitted()
    {
        // So 'accept' on an unchanged repository changes no byte, and what it writes reads as Snapshooter's own.
        var advice = Path.Combine(RepositoryPaths.Root, CorpusSnapshots.AdviceTests, CorpusSnapshots.SnapshotFolder);
        foreach (var scenario in BundledCorpus.Corpus.Scenarios)
            Assert.True(File.ReadAllBytes(Path.Combine(advice, scenario.Id + ".snap")).AsSpan().SequenceEqual(CorpusSnapshots.FileBytes(CorpusSnapshots.Advice(scenario))),
                $"{scenario.Id}.snap is not what accept would write; {HowToAccept}");

        var reports = Path.Combine(RepositoryPaths.Root, CorpusSnapshots.ReportTests, CorpusSnapshots.SnapshotFolder);
        foreach (var (file, text) in CorpusSnapshots.Reports(BundledCorpus.Corpus, RepositoryPaths.BundledCorpus))
            Assert.True(File.ReadAllBytes(Path.Combine(reports, file + ".snap")).AsSpan().SequenceEqual(CorpusSnapshots.FileBytes(text)),
                $"{file}.snap is not what accept would write; {HowToAccept}");
    }

    private const string HowToAccept = "run 'dotnet run --project src/EvalHarness.Cli -- accept' to write the snapshots the tests expect";

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("{\n}", "{\n}\n")]
    [InlineData("x", "x\n")]
    public void FileBytes_AreUtf8WithMarkLfAndAFinalLineBreak(string text, string expected) =>
        Assert.Equal([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(expected)], CorpusSnapshots.FileBytes(text));
}
