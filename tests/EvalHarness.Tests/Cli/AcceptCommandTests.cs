using EvalHarness.Cli.Authoring;
using EvalHarness.Corpus;
using EvalHarness.Tests.Corpus;

namespace EvalHarness.Tests.Cli;

/// <summary>'accept' in a small repository of its own: what it shows, what it writes, and what it leaves alone.</summary>
public sealed class AcceptCommandTests : IDisposable
{
    private const string Scenarios =
        "id,text,daily_requests,tokens_per_request,training_examples,tags,source,notes\n" +
        "json-always,A startup wants their chatbot to always respond with structured JSON.,,,,format,authored,\n" +
        "news-today,A news site wants answers about articles published today.,,,,recent-data,authored,\n" +
        "old-one,Summarise this one meeting transcript once.,,,,one-off,authored,\n";

    private const string Labels =
        "scenario_id,annotator,label,rationale\n" +
        "json-always,ml-engineer,fine-tuning,Format.\n" +
        "news-today,ml-engineer,rag,Recent.\n" +
        "old-one,ml-engineer,prompting,One-off.\n";

    private readonly TempFolder _repository = new("accept-");

    public AcceptCommandTests()
    {
        Directory.CreateDirectory(_repository["fixtures/corpus"]);
        File.WriteAllText(_repository["fixtures/corpus/scenarios.csv"], Scenarios);
        File.WriteAllText(_repository["fixtures/corpus/labels.csv"], Labels);
        File.WriteAllText(_repository["fixtures/gate.json"], """{ "min_accuracy": 0.5 }""");
        Directory.CreateDirectory(_repository["docs"]);
    }

    public void Dispose() => _repository.Dispose();

    private string AdviceSnapshot(string id) => _repository[$"{CorpusSnapshots.AdviceTests}/__snapshots__/{id}.snap"];

    private CliRun Accept(string folder = "") => CliRun.In(_repository[folder], null, "accept");

    [Fact]
    public void Accept_FirstTime_WritesEverySnapshotAndTheBaseline()
    {
        var run = Accept();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("No baseline yet: this run becomes the first one.\n", run.Output);
        Assert.Contains("  advice snapshots: 3 new, 0 changed, 0 removed", run.Output);
        Assert.True(File.Exists(AdviceSnapshot("json-always")));
        foreach (var file in CorpusSnapshots.ReportFiles)
            Assert.True(File.Exists(_repository[$"{CorpusSnapshots.ReportTests}/__snapshots__/{file}.snap"]));
        Assert.True(File.Exists(_repository["reports/baseline/results.csv"]));
    }

    [Fact]
    public void Accept_AfterASpreadsheetSave_ShowsWhatChangedAndAcceptsIt()
    {
        Assert.Equal(0, Accept().ExitCode);
        // An author adds a scenario, removes one and rewrites another's text, and saves from a German Excel.
        var scenarios = SpreadsheetExport.Rows(Scenarios).Where(r => r[0] != "old-one").Select(r => r[0] == "news-today"
            ? [r[0], "Our support bot must always reply in our brand voice and tone.", .. r[2..]] : r).ToList();
        scenarios.Add(["pricing-live", "A shop's assistant must quote today's live prices from our private price list.", "", "", "", "recent-data", "authored", ""]);
        var labels = SpreadsheetExport.Rows(Labels).Where(r => r[0] != "old-one").ToList();
        labels.Add(["pricing-live", "ml-engineer", "rag", "Live, private data."]);
        File.WriteAllBytes(_repository["fixtures/corpus/scenarios.csv"], SpreadsheetExport.ExcelCsvUtf8Semicolon(scenarios));
        File.WriteAllBytes(_repository["fixtures/corpus/labels.csv"], SpreadsheetExport.ExcelCsvUtf8Semicolon(labels));
        // A snapshot test the command does not know wrote a mismatch, as 'dotnet test' does.
        Directory.CreateDirectory(_repository["tests/EvalHarness.Tests/Other/__snapshots__/__mismatch__"]);
        File.WriteAllText(_repository["tests/EvalHarness.Tests/Other/__snapshots__/__mismatch__/page.snap"], "new page\n");
        File.WriteAllText(_repository["tests/EvalHarness.Tests/Other/__snapshots__/page.snap"], "old page\n");

        var run = Accept("docs");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  scenarios.csv: put in the committed form: ';' between fields becomes ','; byte-order mark removed; line endings become LF\n", run.Output);
        Assert.Contains("New scenarios (1):\n  pricing-live: new scenario, rag, the panel's label\n", run.Output);
        Assert.Contains("Removed scenarios (1):\n  old-one: removed from the corpus; it was prompting, the panel's label\n", run.Output);
        Assert.Contains("Regressed or fixed (1):\n  news-today: now fine-tuning, was rag, the panel's label (regression)\n", run.Output);
        Assert.True(run.Output.Contains("Changed advice (1):\n  news-today: approach rag -> fine-tuning; ", StringComparison.Ordinal), run.Output);
        Assert.Contains("  scenarios                           3 -> 3\n", run.Output);
        Assert.Matches(@"  accuracy +1\.0000 -> 0\.6667 +-0\.3333 +gate: at least 0\.5000\n", run.Output);
        Assert.Contains("Gate: passes\n", run.Output);
        Assert.Contains("  advice snapshots: 1 new, 1 changed, 1 removed", run.Output);
        Assert.Contains("  other snapshots the tests found changed: tests/EvalHarness.Tests/Other/__snapshots__/page.snap\n", run.Output);

        Assert.Equal("new page\n", File.ReadAllText(_repository["tests/EvalHarness.Tests/Other/__snapshots__/page.snap"]));
        Assert.False(Directory.Exists(_repository["tests/EvalHarness.Tests/Other/__snapshots__/__mismatch__"]));
        Assert.False(File.Exists(AdviceSnapshot("old-one")));
        Assert.True(File.Exists(AdviceSnapshot("pricing-live")));
        Assert.StartsWith("id,text,daily_requests,", File.ReadAllText(_repository["fixtures/corpus/scenarios.csv"]));
        Assert.DoesNotContain("old-one", File.ReadAllText(_repository["reports/baseline/results.csv"]));

        // Accepted: a second run finds nothing to change and writes the same bytes.
        var before = SnapshotOfFiles();
        var again = Accept();
        Assert.Contains("No scenario's outcome or advice changed.\n", again.Output);
        Assert.Contains("  advice snapshots: 0 new, 0 changed, 0 removed", again.Output);
        Assert.Equal(before, SnapshotOfFiles());
    }

    [Fact]
    public void Accept_GateFailsOnWhatWasAccepted_Exits1AndSaysSo()
    {
        File.WriteAllText(_repository["fixtures/gate.json"], """{ "min_accuracy": 0.99 }""");
        File.WriteAllText(_repository["fixtures/corpus/labels.csv"], Labels.Replace("news-today,ml-engineer,rag", "news-today,ml-engineer,prompting", StringComparison.Ordinal));

        var run = Accept();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The gate FAILS on what was accepted (1 condition(s)); CI will fail until it passes:\n  accuracy 0.6667 < min_accuracy 0.9900\n", run.Output);
        Assert.True(File.Exists(_repository["reports/baseline/results.csv"]));
    }

    [Fact]
    public void Accept_CorpusWithProblems_ChangesNothing()
    {
        Assert.Equal(0, Accept().ExitCode);
        File.WriteAllText(_repository["fixtures/corpus/labels.csv"], Labels + "news-today,curriculum-author,fine-tunning,Typo.\n");
        File.WriteAllBytes(_repository["fixtures/corpus/scenarios.csv"], SpreadsheetExport.ExcelCsvUtf8Semicolon(SpreadsheetExport.Rows(Scenarios)));
        var before = SnapshotOfFiles();

        var run = Accept();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("labels.csv:5: unknown label 'fine-tunning'; did you mean 'fine-tuning'?", run.Error);
        Assert.EndsWith("1 problem(s) found in fixtures/corpus; fix them and run 'eval-harness accept' again. Nothing was changed.\n", run.Error);
        Assert.Equal(before, SnapshotOfFiles());
    }

    [Fact]
    public void Accept_OutsideARepository_SaysSo()
    {
        using var elsewhere = new TempFolder("no-repository-");

        var run = CliRun.In(elsewhere.Path, null, "accept");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: no corpus found: there is no fixtures/corpus in ", run.Error);
    }

    private Dictionary<string, string> SnapshotOfFiles() =>
        Directory.GetFiles(_repository.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("reports/latest", StringComparison.Ordinal))
            .ToDictionary(f => f, f => Convert.ToHexString(File.ReadAllBytes(f)));
}
