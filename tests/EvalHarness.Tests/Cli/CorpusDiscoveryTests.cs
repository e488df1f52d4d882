using System.Diagnostics;
using EvalHarness.Corpus;
using EvalHarness.Tests.Corpus;
using EvalHarness.Tests.Evaluation;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Cli;

/// <summary>Without --corpus, the commands find the repository's fixtures/corpus from the working directory up, as an installed tool must.</summary>
public sealed class CorpusDiscoveryTests : IDisposable
{
    private readonly TempFolder _repository = new("discovery-");

    public CorpusDiscoveryTests()
    {
        Directory.CreateDirectory(_repository["fixtures/corpus"]);
        File.WriteAllText(_repository["fixtures/corpus/scenarios.csv"], TempCorpus.Scenarios);
        File.WriteAllText(_repository["fixtures/corpus/labels.csv"], TempCorpus.Labels);
        Directory.CreateDirectory(_repository["docs/deep"]);
    }

    public void Dispose() => _repository.Dispose();

    private static FixedAdvisor Advisor => new(new Dictionary<string, Approach> { ["a"] = Approach.Rag, ["b"] = Approach.Prompting });

    [Fact]
    public void Validate_FromAFolderDeepInsideTheRepository_FindsItsCorpus()
    {
        var run = CliRun.In(_repository["docs/deep"], null, "validate");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Corpus ../../fixtures/corpus is valid.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_FromASubfolder_WritesTheRepositorysReportsAndBaseline()
    {
        var run = CliRun.In(_repository["docs"], Advisor, "eval", "--update-baseline");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Reports written to ../reports/latest\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Baseline updated: ../reports/baseline\n", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_repository["reports/latest/results.csv"]));
        Assert.True(File.Exists(_repository["reports/baseline/results.csv"]));
        Assert.False(Directory.Exists(_repository["docs/reports"]));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("eval")]
    [InlineData("explain", "a")]
    [InlineData("format")]
    public void Command_OutsideAnyRepository_SaysNoCorpusWasFoundAndHowToNameOne(params string[] args)
    {
        using var elsewhere = new TempFolder("no-repository-");

        var run = CliRun.In(elsewhere.Path, Advisor, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(
            $"error: no corpus found: there is no fixtures/corpus in {elsewhere.Path} or any folder above it; "
            + "run the command inside the EvalHarness repository, or name a corpus folder with --corpus DIR\n",
            run.Error);
    }

    [Fact]
    public void Command_OutsideAnyRepositoryWithCorpus_UsesIt()
    {
        using var elsewhere = new TempFolder("no-repository-");

        var run = CliRun.In(elsewhere.Path, null, "validate", "--corpus", _repository["fixtures/corpus"]);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Tool_RunInASubfolderOfThisRepository_ValidatesTheBundledCorpus()
    {
        // The real program, started from docs/ as an installed tool would be: nothing tells it where the corpus is.
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "eval-harness.dll"), "validate"])
        {
            WorkingDirectory = Path.Combine(RepositoryPaths.Root, "docs"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)));

        Assert.Equal("", await stderr);
        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("Corpus ../fixtures/corpus is valid.\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
