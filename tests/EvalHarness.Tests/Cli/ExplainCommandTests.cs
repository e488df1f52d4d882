using EvalHarness.Corpus;
using EvalHarness.Tests.Corpus;
using EvalHarness.Tests.Evaluation;

namespace EvalHarness.Tests.Cli;

public sealed class ExplainCommandTests : IDisposable
{
    private const string Scenarios = "id,text,training_examples,tags\nwiki-bot,Answer from our internal wiki.,120,private-data\n";
    private const string Labels = "scenario_id,annotator,label,rationale\nwiki-bot,ml-engineer,rag,Private documents.\nwiki-bot,product-lead,fine-tuning,House style matters.\n";

    private readonly TempCorpus _corpus = TempCorpus.With(Scenarios, Labels);

    public void Dispose() => _corpus.Dispose();

    private CliRun Explain(params string[] args) =>
        CliRun.In(_corpus.Root, new FixedAdvisor(new Dictionary<string, Approach> { ["wiki-bot"] = Approach.Rag }), ["explain", .. args, "--corpus", "corpus"]);

    [Fact]
    public void Explain_KnownScenario_ShowsTextFactsExpertsAndAdvice()
    {
        var (code, output, _) = Explain("wiki-bot");

        Assert.Equal(0, code);
        Assert.Contains("Scenario wiki-bot (scenarios.csv line 2)\n  Answer from our internal wiki.\n  daily_requests=- tokens_per_request=- training_examples=120\n  tags: private-data\n", output);
        Assert.Contains("  ml-engineer          rag          Private documents.\n", output);
        Assert.Contains("  product-lead         fine-tuning  House style matters.\n", output);
        Assert.Contains("  panel label: contested (the panel is tied; not scored)\n", output);
        Assert.Contains("Approach: rag", output);
    }

    [Fact]
    public void Explain_Json_WritesTheAdviceOnly()
    {
        var (code, output, _) = Explain("wiki-bot", "--json");

        Assert.Equal(0, code);
        Assert.StartsWith("{\n  \"approach\": \"rag\",\n  \"leaf\": \"rag\",", output);
    }

    [Fact]
    public void Explain_UnknownId_Exits2WithNearestId()
    {
        var (code, _, error) = Explain("wiki-bto");

        Assert.Equal(2, code);
        Assert.Equal("error: no scenario 'wiki-bto' in corpus; did you mean 'wiki-bot'?", error.TrimEnd());
    }

    [Fact]
    public void Explain_InvalidCorpus_Exits2WithProblems()
    {
        File.AppendAllText(Path.Combine(_corpus.Folder, "labels.csv"), "ghost,ml-engineer,rag,x\n");

        var (code, _, error) = Explain("wiki-bot");

        Assert.Equal(2, code);
        Assert.StartsWith("labels.csv:4: ", error);
    }

    [Fact]
    public void Explain_BundledQuizScenario_AgreesWithPanel()
    {
        var run = CliRun.Of("explain", "quiz-structured-json", "--corpus", Snapshots.RepositoryPaths.BundledCorpus);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("course-answer-key", run.Output);
        Assert.Contains("panel label: fine-tuning (the advisor agrees)", run.Output);
    }

    [Fact]
    public void Explain_AdvisorThrows_Exits3NamingTheScenario()
    {
        var failing = new FixedAdvisor(new Dictionary<string, Approach> { ["wiki-bot"] = Approach.Rag }, failOn: "wiki-bot");

        var (code, output, error) = CliRun.In(_corpus.Root, failing, ["explain", "wiki-bot", "--corpus", "corpus"]);

        Assert.Equal(3, code);
        Assert.Equal("error: the advisor failed on scenario 'wiki-bot': threw InvalidOperationException: boom\n", error);
        Assert.Equal("", output);
    }
}
