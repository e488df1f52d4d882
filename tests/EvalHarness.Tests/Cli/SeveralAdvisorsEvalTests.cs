using EvalHarness.Cli;
using EvalHarness.Cli.Commands;
using EvalHarness.Tests.Corpus;

namespace EvalHarness.Tests.Cli;

/// <summary><c>eval</c> with several advisors: a report folder for each, and each compared with the first.</summary>
public sealed class SeveralAdvisorsEvalTests : IDisposable
{
    private const string Scenarios = "id,text\njson-always,A startup wants its chatbot to always respond with structured JSON.\nnews-today,A news site wants answers about articles published today.\n";
    private const string Labels = "scenario_id,annotator,label\njson-always,x,fine-tuning\nnews-today,x,rag\n";

    private readonly TempCorpus _corpus = TempCorpus.With(Scenarios, Labels);

    public void Dispose() => _corpus.Dispose();

    private CliRun Run(params string[] args) => CliRun.In(_corpus.Root, null, args);

    [Fact]
    public void Eval_TwoAdvisors_WritesAFolderForEachAndTheirComparison()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "p.csv"), "scenario_id,approach\njson-always,prompting\nnews-today,rag\n");

        var (code, output, error) = Run("eval", "--corpus", "corpus", "--out", "runs", "--advisor", "framework", "--advisor", "predictions:p.csv");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal(["comparison-predictions-p-csv", "framework", "predictions-p-csv"],
            Directory.GetDirectories(Path.Combine(_corpus.Root, "runs")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("== 1 of 2: framework", output);
        Assert.Contains("== 2 of 2: predictions:p.csv", output);
        Assert.Contains("== predictions:p.csv against framework", output);
        Assert.Contains("1 regressed, 0 fixed", output);
        Assert.Contains("json-always", File.ReadAllText(Path.Combine(_corpus.Root, "runs", "comparison-predictions-p-csv", "comparison.csv")));
        Assert.Contains("advisor,predictions:p.csv", File.ReadAllText(Path.Combine(_corpus.Root, "runs", "predictions-p-csv", "summary.csv")));
    }

    [Fact]
    public void Eval_SeveralAdvisorsWithUpdateBaseline_IsRefusedBeforeAnythingRuns()
    {
        var (code, _, error) = Run("eval", "--corpus", "corpus", "--out", "runs", "--advisor", "framework", "--advisor", "framework", "--update-baseline");

        Assert.Equal(2, code);
        Assert.Contains("--update-baseline accepts the run of one advisor", error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "runs")));
    }

    [Fact]
    public void Advise_TwoAdvisors_IsAUsageError()
    {
        var (code, _, error) = Run("advise", "Always JSON.", "--advisor", "framework", "--advisor", "framework");

        Assert.Equal(2, code);
        Assert.Contains("--advisor is given once here; to compare several advisors, give each to eval", error);
    }

    [Theory]
    [InlineData(new[] { "framework", "exec:python3 examples/advisors/keywords.py", "openai:gpt-4o-mini", "framework" },
        new[] { "framework", "exec-python3-examples-advisors-keywords-py", "openai-gpt-4o-mini", "framework-4" })]
    public void FolderNames_AreSlugsOfTheSpecs(string[] specs, string[] expected) =>
        Assert.Equal(expected, SeveralAdvisorsEval.FolderNames(specs.Select(s => AdvisorSettings.Framework with { Spec = s }).ToArray()));
}
