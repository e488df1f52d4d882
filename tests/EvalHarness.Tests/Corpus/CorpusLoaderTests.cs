using System.Text;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public sealed class CorpusLoaderTests
{
    private const string Scenarios =
        "\uFEFFID,Text,Daily_Requests,tokens_per_request,TRAINING_EXAMPLES,tags,source,notes\r\n" +
        "legal-style,\"Rewrite answers in our firm's style.\r\nSecond line, with a comma.\",\"10,000\",200,500,seed-quiz;format,chapter 3,\r\n" +
        "docs-qa,Answer questions about last week's docs,,,\"1,234,567\",,,check numbers\r\n" +
        "one-off,Summarise one report,0,,,;seed-quiz; ,,\r\n";

    private const string Labels =
        "Scenario_ID,Annotator,LABEL,rationale\r\n" +
        "legal-style,ml-engineer,Fine-Tuning,style problem\r\n" +
        "legal-style,course-author,fine_tuning,\r\n" +
        "docs-qa,ml-engineer,RAG,\"needs\r\nrecent facts\"\r\n" +
        "docs-qa,course-author,Prompting,\r\n" +
        "one-off,ml-engineer,fine tune,\r\n";

    [Fact]
    public void Load_ValidCorpus_ReadsScenarioFields()
    {
        using var corpus = TempCorpus.With(Scenarios, Labels);

        var result = corpus.Load();

        Assert.True(result.IsValid);
        var scenarios = result.Corpus!.Scenarios;
        Assert.Equal(["legal-style", "docs-qa", "one-off"], scenarios.Select(s => s.Id));
        Assert.Equal("Rewrite answers in our firm's style.\r\nSecond line, with a comma.", scenarios[0].Text);
        Assert.Equal((10_000L, 200L, 500L), (scenarios[0].DailyRequests!.Value, scenarios[0].TokensPerRequest!.Value, scenarios[0].TrainingExamples!.Value));
        Assert.Equal(["seed-quiz", "format"], scenarios[0].Tags);
        Assert.Equal(("chapter 3", (string?)null), (scenarios[0].Source, scenarios[0].Notes));
        Assert.Equal((null, null, 1_234_567L), (scenarios[1].DailyRequests, scenarios[1].TokensPerRequest, scenarios[1].TrainingExamples));
        Assert.Equal("check numbers", scenarios[1].Notes);
        Assert.Equal(0L, scenarios[2].DailyRequests);
        Assert.Equal(["seed-quiz"], scenarios[2].Tags);
    }

    [Fact]
    public void Load_QuotedMultiLineFields_CountPhysicalLines()
    {
        using var corpus = TempCorpus.With(Scenarios, Labels);

        var loaded = corpus.Load().Corpus!;

        Assert.Equal([2, 4, 5], loaded.Scenarios.Select(s => s.Line));
        Assert.Equal([2, 3, 4, 6, 7], loaded.Labels.Select(l => l.Line));
    }

    [Fact]
    public void Load_ValidCorpus_ReadsLabelsInAnySpelling()
    {
        using var corpus = TempCorpus.With(Scenarios, Labels);

        var loaded = corpus.Load().Corpus!;

        Assert.Equal(
            [Approach.FineTuning, Approach.FineTuning, Approach.Rag, Approach.Prompting, Approach.FineTuning],
            loaded.Labels.Select(l => l.Label));
        Assert.Equal("needs\r\nrecent facts", loaded.Labels[2].Rationale);
        Assert.Equal(["course-author", "ml-engineer"], loaded.Annotators);
    }

    [Fact]
    public void Load_LfLineEndingsWithoutOptionalColumns_Loads()
    {
        using var corpus = TempCorpus.With(TempCorpus.Scenarios, TempCorpus.Labels);

        var loaded = corpus.Load().Corpus!;

        Assert.Equal([("a", "one", 2), ("b", "two", 3)], loaded.Scenarios.Select(s => (s.Id, s.Text, s.Line)));
        Assert.All(loaded.Scenarios, s => Assert.Equal((null, null, null), (s.DailyRequests, s.TokensPerRequest, s.TrainingExamples)));
    }

    [Fact]
    public void Load_StrayQuoteInsideUnquotedText_KeepsItAsText()
    {
        using var corpus = TempCorpus.With("id,text\na,a 5\" screen\nb,two\n", TempCorpus.Labels);

        var loaded = corpus.Load().Corpus!;

        Assert.Equal("a 5\" screen", loaded.Scenarios[0].Text);
    }

    [Fact]
    public void Load_BlankLinesBetweenRecords_AreSkippedAndCounted()
    {
        using var corpus = TempCorpus.With("id,text\n\na,one\n   \nb,two\n", TempCorpus.Labels);

        var loaded = corpus.Load().Corpus!;

        Assert.Equal([3, 5], loaded.Scenarios.Select(s => s.Line));
    }

    [Fact]
    public void Load_UnderGermanCulture_ReadsThousandsSeparatorsInvariantly()
    {
        using var culture = new CultureScope("de-DE");

        using var corpus = TempCorpus.With("id,text,daily_requests\na,one,\"10,000\"\nb,two,\n", TempCorpus.Labels);

        var loaded = corpus.Load().Corpus!;

        Assert.Equal(10_000L, loaded.Scenarios[0].DailyRequests);
    }

    [Fact]
    public void Load_TextOfExactlyMaxLength_IsAccepted()
    {
        var text = new string('x', ScenarioCsvReader.MaxTextLength);
        using var corpus = TempCorpus.With($"id,text\na,{text}\nb,two\n", TempCorpus.Labels);

        var loaded = corpus.Load().Corpus!;

        Assert.Equal(4000, loaded.Scenarios[0].Text.Length);
    }

    [Fact]
    public void Load_BlankDirectory_Throws() =>
        Assert.Throws<ArgumentException>(() => CorpusLoader.Load(" "));

    [Fact]
    public void Load_Utf8WithoutBom_ReadsNonAsciiText()
    {
        using var corpus = TempCorpus.With("id,text\na,naïve café ☕\nb,two\n", TempCorpus.Labels);

        var loaded = corpus.Load().Corpus!;

        Assert.Equal("naïve café ☕", loaded.Scenarios[0].Text);
    }
}
