using EvalHarness.Corpus;
using EvalHarness.Tests.Corpus;

namespace EvalHarness.Tests.Cli;

public sealed class FormatCommandTests
{
    [Fact]
    public void Format_SpreadsheetSave_SaysWhatItRewrote()
    {
        using var corpus = TempCorpus.With("id;text\r\na;one\r\nb;two\r\n");

        var run = CliRun.In(corpus.Root, null, "format", "--corpus", "corpus");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "scenarios.csv: rewritten: ';' between fields becomes ','; line endings become LF; header in the documented order and spelling\n" +
            "labels.csv: rewritten: header in the documented order and spelling\n",
            run.Output);
        Assert.Equal("", run.Error);
        Assert.Equal(0, CliRun.In(corpus.Root, null, "format", "--corpus", "corpus", "--check").ExitCode);
    }

    [Fact]
    public void FormatCheck_NotInTheCommittedForm_Exits1AndWritesNothing()
    {
        using var corpus = TempCorpus.With("id;text\r\na;one\r\nb;two\r\n");

        var run = CliRun.In(corpus.Root, null, "format", "--corpus", "corpus", "--check");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("scenarios.csv: not in the committed form (';' between fields becomes ','; line endings become LF; header in the documented order and spelling); run 'eval-harness format'\n", run.Output);
        Assert.Equal("id;text\r\na;one\r\nb;two\r\n", File.ReadAllText(Path.Combine(corpus.Folder, CorpusFiles.Scenarios)));
    }

    [Fact]
    public void Format_UnreadableFile_Exits2WithItsProblems()
    {
        using var corpus = TempCorpus.With("id,text,colour\na,one,red\n");

        var run = CliRun.In(corpus.Root, null, "format", "--corpus", "corpus");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.EndsWith("1 problem(s) found in corpus; nothing was rewritten.\n", run.Error);
    }
}
