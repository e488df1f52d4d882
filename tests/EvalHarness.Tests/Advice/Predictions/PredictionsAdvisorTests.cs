using System.Text;
using CsvHelper;
using EvalHarness.Tests.Cli;
using EvalHarness.Tests.Corpus;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Advice.Predictions;

/// <summary>The predictions advisor through the command line, as a user meets it: answers made elsewhere, in a CSV or JSONL file.</summary>
public sealed class PredictionsAdvisorTests : IDisposable
{
    // Panel: legal-style = fine-tuning, news-today = rag, one-off = prompting.
    private const string Scenarios = "id,text,daily_requests,tokens_per_request\nlegal-style,Always formal legal English.,10000,200\nnews-today,Answers about today's news.,,\none-off,Translate one contract once.,,\n";
    private const string Labels = "scenario_id,annotator,label\nlegal-style,x,fine-tuning\nnews-today,x,rag\none-off,x,prompting\n";

    private readonly TempCorpus _corpus = TempCorpus.With(Scenarios, Labels);

    public void Dispose() => _corpus.Dispose();

    private CliRun Run(params string[] args) => CliRun.In(_corpus.Root, advisor: null, args);

    private string Write(string name, string content)
    {
        File.WriteAllText(Path.Combine(_corpus.Root, name), content, new UTF8Encoding(false));
        return name;
    }

    private string Out(string name) => Path.Combine(_corpus.Root, "out", name);

    [Fact]
    public void Eval_CsvPredictions_ScoresThemAgainstThePanel()
    {
        Write("p.csv", "scenario_id,approach,leaf,evidence,warnings\nlegal-style,fine-tuning,fine-tune,always; formal,check-catastrophic-forgetting\nnews-today,RAG,,,\none-off,fine_tuning,,,one-off-task\n");

        var (code, output, error) = Run("eval", "--corpus", "corpus", "--out", "out", "--advisor", "predictions:p.csv");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("with advisor predictions:p.csv (predictions-sha256:", output);
        Assert.Contains("accuracy             0.6667", output);
        var results = File.ReadAllText(Out("results.csv"));
        Assert.Contains("legal-style,fine-tuning,fine-tuning,true,true,false,fine-tuning,1.0000,fine-tune,,\"advisor \"\"always\"\" (0); advisor \"\"formal\"\" (0)\",,check-catastrophic-forgetting,35.00,0.75,1027.50,1.0000,,", results);
        Assert.Contains("one-off,prompting,fine-tuning,false,false,false,prompting,1.0000,,,,,one-off-task,,,,1.0000,,", results);
        Assert.Contains("advisor,predictions:p.csv\r\n", File.ReadAllText(Out("summary.csv")));
    }

    [Fact]
    public void Eval_EveryKindOfProblem_AllReportedInOnePassWithExit2AndNothingWritten()
    {
        Write("p.csv",
            "scenario_id,approach,warnings\n" +
            "legal-style,fine-tuning,\n" +
            "legal-style,rag,\n" +            // duplicate
            "news-todya,rag,\n" +             // unknown id, a typo of news-today
            "one-off,fine-tunning,\n" +       // unknown approach
            "one-off,prompting,too-few-exampels\n"); // unknown warning; one-off stays without a prediction

        var (code, _, error) = Run("eval", "--corpus", "corpus", "--out", "out", "--advisor", "predictions:p.csv");

        Assert.Equal(2, code);
        Assert.Equal(
            "p.csv:3: duplicate prediction for 'legal-style' (first on line 2); keep one of lines 2 and 3\n" +
            "p.csv:5: unknown approach \"fine-tunning\"; did you mean 'fine-tuning'?; write one of prompting, rag, fine-tuning\n" +
            "p.csv:6: unknown warning \"too-few-exampels\"; did you mean 'too-few-examples'?\n" +
            "scenarios.csv:3: scenario 'news-today' has no prediction in p.csv; add a row for 'news-today' to p.csv\n" +
            "scenarios.csv:4: scenario 'one-off' has no prediction in p.csv; add a row for 'one-off' to p.csv\n" +
            "p.csv:4: prediction for 'news-todya', which is not a scenario of the corpus; did you mean 'news-today'?\n" +
            "6 problem(s) found; nothing was written.\n",
            error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "out")));
    }

    [Fact]
    public void Eval_ASliceOfTheCorpus_NeedsPredictionsForTheSliceAndAcceptsTheRest()
    {
        Write("p.csv", "scenario_id,approach\nlegal-style,fine-tuning\nnews-today,rag\nnews-todya,rag\n");

        var (code, _, error) = Run("eval", "--corpus", "corpus", "--out", "out", "--advisor", "predictions:p.csv", "--id", "legal-style");

        // one-off is outside the slice and needs no prediction; a row for an id the corpus does not have is still a mistake.
        Assert.Equal(2, code);
        Assert.Equal(
            "p.csv:4: prediction for 'news-todya', which is not a scenario of the corpus; did you mean 'news-today'?\n" +
            "1 problem(s) found; nothing was written.\n",
            error);
    }

    [Fact]
    public void Eval_MissingPredictionsFile_IsAProblem()
    {
        var (code, _, error) = Run("eval", "--corpus", "corpus", "--out", "out", "--advisor", "predictions:nowhere.csv");

        Assert.Equal(2, code);
        Assert.StartsWith("nowhere.csv:0: predictions file not found; check the path after 'predictions:'", error);
    }

    [Fact]
    public void Eval_JsonLines_ReadsTheProtocolsAnswerFieldsAndRecordedErrors()
    {
        Write("p.jsonl",
            """{"id": "legal-style", "approach": "fine-tuning", "leaf": "fine-tune", "path": [{"question": "can-prompting-solve-it", "answer": false, "evidence": ["always"]}, {"question": "is-style-format-or-persona", "answer": true, "evidence": ["formal legal English"]}], "reasons": ["style-or-persona"], "warnings": ["try-few-shot-first"]}""" + "\n" +
            """{"id": "news-today", "repeat": 0, "approach": "rag"}""" + "\n\n" +
            """{"id": "one-off", "error": "model refused"}""" + "\n");
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), """{ "max_advisor_errors": 1 }""");

        var (code, _, error) = Run("eval", "--corpus", "corpus", "--out", "out", "--advisor", "predictions:p.jsonl", "--gate", "gate.json");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        var results = File.ReadAllText(Out("results.csv"));
        Assert.Contains("legal-style,fine-tuning,fine-tuning,true,true,false,fine-tuning,1.0000,fine-tune,can-prompting-solve-it=no; is-style-format-or-persona=yes,"
            + "\"1: advisor \"\"always\"\" (0) | 2: advisor \"\"formal legal English\"\" (0)\",style-or-persona,try-few-shot-first,35.00,0.75,1027.50,1.0000,,", results);
        Assert.Contains("one-off,prompting,,false,false,false,prompting,1.0000,,,,,,,,,,model refused,", results);
        Assert.Contains("advisor_errors,1\r\n", File.ReadAllText(Out("summary.csv")));
    }

    [Fact]
    public void Eval_JsonLinesProblems_AreLocated()
    {
        Write("p.jsonl",
            "{\"id\": \"legal-style\", \"approach\": \"fine-tuning\"}\n" +
            "not json\n" +
            "{\"approach\": \"rag\"}\n" +
            "{\"id\": \"news-today\"}\n" +
            "{\"id\": \"one-off\", \"approach\": \"prompting\", \"leaf\": \"sideways\"}\n");

        var (code, _, error) = Run("eval", "--corpus", "corpus", "--out", "out", "--advisor", "predictions:p.jsonl");

        Assert.Equal(2, code);
        Assert.Contains("p.jsonl:2: not valid JSON: ", error);
        Assert.Contains("p.jsonl:3: no \"id\"; every line names its scenario", error);
        Assert.Contains("p.jsonl:4: the answer has no \"approach\"", error);
        Assert.Contains("p.jsonl:5: unknown leaf \"sideways\" (expected one of use-prompting, fine-tune, rag, prompt-engineer-harder)", error);
    }

    [Fact]
    public void Explain_WithPredictions_ShowsThatAnswerNextToThePanel()
    {
        Write("p.csv", "scenario_id,approach\nlegal-style,prompting\n");

        var (code, output, error) = Run("explain", "legal-style", "--corpus", "corpus", "--advisor", "predictions:p.csv");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("panel label: fine-tuning (the advisor DISAGREES)", output);
        Assert.Contains("Advisor: predictions:p.csv (predictions-sha256:", output);
        Assert.Contains("Approach: prompting\n", output);
        Assert.Contains("Path: not given by the advisor", output);
    }

    [Fact]
    public void Explain_ScenarioMissingFromPredictions_IsAProblem()
    {
        Write("p.csv", "scenario_id,approach\nlegal-style,prompting\n");

        var (code, _, error) = Run("explain", "one-off", "--corpus", "corpus", "--advisor", "predictions:p.csv");

        Assert.Equal(2, code);
        Assert.Contains("scenarios.csv:4: scenario 'one-off' has no prediction in p.csv", error);
    }

    [Fact]
    public void Advise_WithPredictions_IsAUsageError()
    {
        Write("p.csv", "scenario_id,approach\nlegal-style,prompting\n");

        var (code, _, error) = Run("advise", "Some text", "--advisor", "predictions:p.csv");

        Assert.Equal(2, code);
        Assert.Contains("a predictions file answers only the scenarios of a corpus", error);
    }

    [Fact]
    public void Eval_PredictionsMadeFromTheBuiltInAdvisorsResults_GiveItsAccuracyAndConfusion()
    {
        using var folder = new TempFolder("evalharness-predictions-");
        var builtIn = CliRun.In(folder.Path, null, "eval", "--corpus", RepositoryPaths.BundledCorpus, "--out", "framework");
        Assert.Equal(0, builtIn.ExitCode);
        var predictions = new StringBuilder("scenario_id,approach,leaf,warnings\n");
        using (var csv = CsvReader.FromFile(Path.Combine(folder.Path, "framework", "results.csv")))
            while (csv.Read())
                predictions.Append($"{csv.GetString("scenario_id")},{csv.GetString("predicted")},{csv.GetString("leaf")},{csv.GetString("warnings")}\n");
        File.WriteAllText(Path.Combine(folder.Path, "framework.csv"), predictions.ToString());

        var replayed = CliRun.In(folder.Path, null, "eval", "--corpus", RepositoryPaths.BundledCorpus, "--out", "replayed", "--advisor", "predictions:framework.csv");

        Assert.Equal(0, replayed.ExitCode);
        foreach (var file in new[] { "confusion.csv", "per_label.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(folder.Path, "framework", file)), File.ReadAllText(Path.Combine(folder.Path, "replayed", file)));
        var metrics = new[] { "accuracy", "acceptable_accuracy", "macro_f1", "cohen_kappa" };
        Assert.Equal(Metrics(Path.Combine(folder.Path, "framework", "summary.csv"), metrics), Metrics(Path.Combine(folder.Path, "replayed", "summary.csv"), metrics));
    }

    private static string[] Metrics(string summary, string[] names) =>
        File.ReadAllLines(summary).Where(line => names.Contains(line.Split(',')[0])).ToArray();
}
