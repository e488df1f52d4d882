using System.Text;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

/// <summary>What spreadsheets write when authors save the corpus: read as the same corpus, or one clear problem.</summary>
public sealed class SpreadsheetExportTests
{
    private const string Scenarios =
        "id,text,daily_requests,tokens_per_request,training_examples,tags,source,notes\n" +
        "retail-sku-json,\"Return JSON; exactly these fields, always.\",\"10,000\",200,,seed-quiz;format,authored,\"Line one\nline two\"\n" +
        "cafe-menu,Café menu questions about today’s specials.,,,,recent-data,authored,\n";

    private const string Labels =
        "scenario_id,annotator,label,rationale\n" +
        "retail-sku-json,ml-engineer,fine-tuning,\"Fixed schema; tune it.\"\n" +
        "retail-sku-json,product-lead,fine-tuning,Same.\n" +
        "cafe-menu,ml-engineer,rag,Today's specials change daily.\n";

    [Fact]
    public void Load_ExcelCsvUtf8WithSemicolons_ReadsTheSameCorpus()
    {
        using var commas = TempCorpus.With(Scenarios, Labels);
        using var semicolons = TempCorpus.With(scenarios: null, labels: null);
        semicolons.Write(CorpusFiles.Scenarios, SpreadsheetExport.ExcelCsvUtf8Semicolon(SpreadsheetExport.Rows(Scenarios)));
        semicolons.Write(CorpusFiles.Labels, SpreadsheetExport.ExcelCsvUtf8Semicolon(SpreadsheetExport.Rows(Labels)));

        var expected = commas.Load();
        var actual = semicolons.Load();

        Assert.Empty(actual.Problems);
        Assert.Equal(Describe(expected.Corpus!), Describe(actual.Corpus!));
        Assert.Equal(["seed-quiz", "format"], actual.Corpus!.Scenarios[0].Tags);
        Assert.Equal(10_000, actual.Corpus.Scenarios[0].DailyRequests);
    }

    [Theory]
    [InlineData(",,,,,,,\n")]
    [InlineData(" , ,\t,,,,,\n")]
    [InlineData("\"\",,,,,,,\n")]
    [InlineData(",\n")]
    public void Load_BlankSpreadsheetRows_AreIgnored(string blankRow)
    {
        var header = Scenarios[..(Scenarios.IndexOf('\n') + 1)];
        var records = Scenarios[header.Length..];
        using var corpus = TempCorpus.With(header + blankRow + records + blankRow + blankRow, Labels + ",,,\n,,,\n");

        var result = corpus.Load();

        Assert.Empty(result.Problems);
        Assert.Equal(["retail-sku-json", "cafe-menu"], result.Corpus!.Scenarios.Select(s => s.Id));
        // Lines stay the file's lines, so a problem further down still names the row a spreadsheet shows.
        Assert.Equal([3, 5], result.Corpus.Scenarios.Select(s => s.Line));
    }

    [Fact]
    public void Load_BlankRowsOnly_IsNoRecords()
    {
        using var corpus = TempCorpus.With("id,text\n,\n,\n");

        Assert.Contains("scenarios.csv:0: no records after the header; add at least one record below the header row", corpus.Problems());
    }

    private static string[] Describe(ScenarioCorpus corpus) =>
    [
        .. corpus.Scenarios.Select(s => $"{s.Id}|{s.Text}|{s.DailyRequests}|{s.TokensPerRequest}|{s.TrainingExamples}|{string.Join(';', s.Tags)}|{s.Source}|{s.Notes}|{s.Line}"),
        .. corpus.Labels.Select(l => $"{l.ScenarioId}|{l.Annotator}|{l.Label}|{l.Rationale}|{l.Line}"),
    ];
}
