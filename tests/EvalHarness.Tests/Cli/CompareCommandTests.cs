using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Tests.Corpus;
using EvalHarness.Tests.Evaluation;

namespace EvalHarness.Tests.Cli;

public sealed class CompareCommandTests : IDisposable
{
    // Panel: a = rag, b = prompting, c = fine-tuning, d = contested.
    private const string Scenarios = "id,text\na,Needs our private wiki.\nb,A one-off summary.\nc,Always answer in JSON.\nd,</script><script>document.title='x'</script>\n";
    private const string Labels = "scenario_id,annotator,label\na,x,rag\na,y,rag\nb,x,prompting\nb,y,prompting\nc,x,fine-tuning\nc,y,fine-tuning\nd,x,rag\nd,y,prompting\n";

    private static readonly Dictionary<string, Approach> Before = new()
    {
        ["a"] = Approach.Rag, ["b"] = Approach.Prompting, ["c"] = Approach.Prompting, ["d"] = Approach.Rag,
    };

    // a regresses, c is fixed, b keeps its label but finds one more cue, d (contested) changes its prediction.
    private static readonly Dictionary<string, Approach> After = new()
    {
        ["a"] = Approach.Prompting, ["b"] = Approach.Prompting, ["c"] = Approach.FineTuning, ["d"] = Approach.Prompting,
    };

    private readonly TempCorpus _corpus = TempCorpus.With(Scenarios, Labels);

    public CompareCommandTests()
    {
        Assert.Equal(0, CliRun.In(_corpus.Root, new FixedAdvisor(Before), "eval", "--corpus", "corpus", "--out", "base").ExitCode);
        Assert.Equal(0, CliRun.In(_corpus.Root, new ExtraCueAdvisor(new FixedAdvisor(After), "b"), "eval", "--corpus", "corpus", "--out", "new").ExitCode);
    }

    public void Dispose() => _corpus.Dispose();

    private string File(string folder, string name) => Path.Combine(_corpus.Root, folder, name);

    [Fact]
    public void Compare_TwoRuns_NamesEachRegressedAndFixedScenario()
    {
        var (code, output, error) = CliRun.In(_corpus.Root, null, "compare", "base", "new", "--out", "diff");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Compared base (advisor fixed-1) with new (advisor fixed-1): 4 shared scenario(s)", output);
        Assert.Contains("  1 regressed, 1 fixed, 0 still wrong, 1 still right, 1 not scored in both", output);
        Assert.Contains("Regressed (1):\n  a: rag -> prompting (panel: rag)\n", output);
        Assert.Contains("Fixed (1):\n  c: prompting -> fine-tuning (panel: fine-tuning)\n", output);
        Assert.Contains("Explanation changed, prediction kept (1): b (evidence)", output);
        Assert.Contains("Comparison written to diff (comparison.csv, comparison_summary.csv, comparison.html)", output);
    }

    [Fact]
    public void Compare_TwoRuns_WritesEveryCaseToComparisonCsv()
    {
        CliRun.In(_corpus.Root, null, "compare", "base", "new", "--out", "diff");

        var lines = System.IO.File.ReadAllText(File("diff", "comparison.csv")).Split("\r\n");

        Assert.Equal(string.Join(',', EvalHarness.Comparison.ComparisonCsvWriter.Header), lines[0]);
        Assert.StartsWith("a,regressed,prediction;leaf;path,rag,rag,rag,prompting,rag,use-prompting,", lines[1]);
        Assert.StartsWith("b,still-right,evidence,prompting,prompting,prompting,prompting,use-prompting,use-prompting,", lines[2]);
        Assert.Contains(",\"1: cue.test.extra \"\"found\"\" (+2)\",", lines[2]);
        Assert.StartsWith("c,fixed,prediction;leaf;path,", lines[3]);
        Assert.StartsWith("d,unscored,prediction;leaf;path,,,rag,prompting,", lines[4]);
        Assert.Equal(6, lines.Length); // header, four cases, and the empty string after the last line break
    }

    [Fact]
    public void Compare_TwoRuns_SummarisesThePairedStatistics()
    {
        CliRun.In(_corpus.Root, null, "compare", "base", "new", "--out", "diff");

        var summary = System.IO.File.ReadAllLines(File("diff", "comparison_summary.csv"))
            .Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1]);

        Assert.Equal("3", summary["paired_scored"]);
        Assert.Equal("1", summary["regressed"]);
        Assert.Equal("1", summary["fixed"]);
        Assert.Equal("1", summary["explanation_changed"]);
        Assert.Equal("0.6667", summary["accuracy_before"]);
        Assert.Equal("0.6667", summary["accuracy_after"]);
        Assert.Equal("1.0000", summary["mcnemar_p"]);
        Assert.Equal("1", summary["confusion_before_fine_tuning_as_prompting"]);
        Assert.Equal("1", summary["confusion_after_rag_as_prompting"]);
    }

    [Fact]
    public void Compare_MissingFolder_Exits2AndWritesNothing()
    {
        var (code, output, error) = CliRun.In(_corpus.Root, null, "compare", "base", "nowhere", "--out", "diff");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("nowhere:0: report folder not found", error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "diff")));
    }

    [Fact]
    public void Compare_BrokenRow_NamesFileAndLineAndWritesNothing()
    {
        var results = File("new", "results.csv");
        System.IO.File.WriteAllText(results, System.IO.File.ReadAllText(results).Replace("b,prompting,prompting", "b,prompting,guesswork", StringComparison.Ordinal));

        var (code, _, error) = CliRun.In(_corpus.Root, null, "compare", "base", "new", "--out", "diff");

        Assert.Equal(2, code);
        Assert.Contains("new/results.csv:3: unknown label in 'prompting' or 'guesswork'", error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "diff")));
    }

    [Fact]
    public void EvalWithBaseline_UsesTheSameEngine_WritesTheComparisonBesideTheReports()
    {
        var (code, output, _) = CliRun.In(_corpus.Root, new ExtraCueAdvisor(new FixedAdvisor(After), "b"), "eval", "--corpus", "corpus", "--out", "latest", "--baseline", "base");

        Assert.Equal(0, code);
        Assert.Contains("Regressed (1):\n  a: rag -> prompting (panel: rag)\n", output);
        CliRun.In(_corpus.Root, null, "compare", "base", "new", "--out", "diff");
        Assert.Equal(System.IO.File.ReadAllText(File("diff", "comparison.csv")), System.IO.File.ReadAllText(File("latest", "comparison.csv")));
    }

    /// <summary>Answers as another advisor, with one more cue found for one scenario: an explanation change that keeps the label.</summary>
    private sealed class ExtraCueAdvisor(IAdvisor inner, string scenarioId) : IAdvisor
    {
        public string Version => inner.Version;

        public IReadOnlyList<AdvisorRule> Rules => [.. inner.Rules, new AdvisorRule("cue.test.extra", "cue", "fires on one scenario")];

        public ScenarioAdvice Advise(Scenario scenario)
        {
            var advice = inner.Advise(scenario);
            if (scenario.Id != scenarioId)
                return advice;
            var step = advice.Path[0];
            return advice with { Path = [step with { Evidence = [.. step.Evidence, new Evidence("cue.test.extra", "found", 2)] }] };
        }
    }
}
