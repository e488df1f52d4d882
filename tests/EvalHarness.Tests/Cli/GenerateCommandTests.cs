using EvalHarness.Corpus;

namespace EvalHarness.Tests.Cli;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Generate_Options_WritesACorpusThatValidateAccepts()
    {
        using var temp = new TempFolder("evalharness-gen-");
        var folder = temp["corpus"];

        var run = CliRun.Of("generate", "--count", "120", "--seed", "3", "--annotators", "2", "--noise", "0.25", "--out", folder);
        var validate = CliRun.Of("validate", "--corpus", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Wrote 120 scenarios and ", run.Output, StringComparison.Ordinal);
        Assert.Contains("  seed 3, 2 annotators, noise 0.25\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  scenarios.csv: ", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("  scenarios:        120\n", validate.Output, StringComparison.Ordinal);
        Assert.Contains("  annotators:       2\n", validate.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "3", "0.1", "error: --count must be at least 1, got 0")]
    [InlineData("10", "21", "0.1", "error: --annotators must be from 1 to 20, got 21")]
    [InlineData("10", "0", "0.1", "error: --annotators must be from 1 to 20, got 0")]
    [InlineData("10", "3", "1.5", "error: --noise must be from 0 to 1, got 1.5")]
    [InlineData("10", "3", "-0.5", "error: --noise '-0.5' must be 0 or more")]
    [InlineData("ten", "3", "0.1", "error: --count 'ten' must be a whole number of 0 or more")]
    [InlineData("3000000000", "3", "0.1", "error: --count '3000000000' is too large; the largest accepted is 2,147,483,647")]
    public void Generate_InvalidOption_IsUsageErrorAndWritesNothing(string count, string annotators, string noise, string expected)
    {
        using var temp = new TempFolder("evalharness-gen-");
        var folder = temp["corpus"];

        var run = CliRun.Of("generate", "--count", count, "--annotators", annotators, "--noise", noise, "--out", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Generate_OutHoldsOtherFiles_RefusesAndKeepsThem()
    {
        using var corpus = Corpus.TempCorpus.With();
        File.WriteAllText(Path.Combine(corpus.Folder, "notes.txt"), "mine");

        var run = CliRun.Of("generate", "--count", "5", "--out", corpus.Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("refusing to replace a folder", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(corpus.Folder, "notes.txt")));
        Assert.Equal(Corpus.TempCorpus.Scenarios, File.ReadAllText(Path.Combine(corpus.Folder, CorpusFiles.Scenarios)));
    }

    [Fact]
    public void Generate_NoOut_IsUsageError()
    {
        var run = CliRun.Of("generate", "--count", "5");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: Option '--out' is required\n", run.Error, StringComparison.Ordinal);
    }
}
