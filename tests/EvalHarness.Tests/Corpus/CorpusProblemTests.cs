using System.Text;

namespace EvalHarness.Tests.Corpus;

public sealed class CorpusProblemTests
{
    [Theory]
    [MemberData(nameof(CorpusProblemCases.Scenarios), MemberType = typeof(CorpusProblemCases))]
    public void Load_BrokenScenarios_ReportsLocatedProblems(string scenarios, string[] expected)
    {
        using var corpus = TempCorpus.With(scenarios: scenarios);

        var result = corpus.Load();

        Assert.Null(result.Corpus);
        Assert.Equal(expected, result.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [MemberData(nameof(CorpusProblemCases.Labels), MemberType = typeof(CorpusProblemCases))]
    public void Load_BrokenLabels_ReportsLocatedProblems(string labels, string[] expected)
    {
        using var corpus = TempCorpus.With(labels: labels);

        var problems = corpus.Problems();

        Assert.Equal(expected, problems);
    }

    [Theory]
    [MemberData(nameof(CorpusProblemCases.ScenarioBytes), MemberType = typeof(CorpusProblemCases))]
    public void Load_ScenariosNotUtf8Text_ReportsLocatedProblems(byte[] scenarios, string[] expected)
    {
        using var corpus = TempCorpus.WithScenarioBytes(scenarios);

        var problems = corpus.Problems();

        Assert.Equal(expected, problems);
    }

    [Fact]
    public void Load_RecordLargerThanLimit_ReportsItAndStops()
    {
        var text = new string('x', 1_500_000);
        using var corpus = TempCorpus.With(scenarios: $"id,text\na,one\nb,\"{text}\"\nc,three\n");

        var problems = corpus.Problems();

        Assert.Equal(
            [
                "scenarios.csv:3: the record is larger than 1 MiB; the file was not read further; a scenario text has at most 4,000 characters; look for a quote that is never closed",
                "labels.csv:0: scenario ids were not checked, because scenarios.csv could not be read in full",
            ],
            problems);
    }

    [Fact]
    public void Load_MissingFolder_ReportsTheFolderAsGiven()
    {
        using var temp = new TempFolder("evalharness-missing-");
        var folder = temp["nowhere"];

        var result = EvalHarness.Corpus.CorpusLoader.Load(folder);

        Assert.Null(result.Corpus);
        Assert.Equal([$"{folder}:0: corpus folder not found; give the folder that holds scenarios.csv and labels.csv"], result.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData(true, false, "scenarios.csv:0: file not found; a corpus folder holds scenarios.csv and labels.csv")]
    [InlineData(false, true, "labels.csv:0: file not found; a corpus folder holds scenarios.csv and labels.csv")]
    public void Load_MissingFile_ReportsIt(bool missingScenarios, bool missingLabels, string expected)
    {
        using var corpus = TempCorpus.With(
            scenarios: missingScenarios ? null : TempCorpus.Scenarios,
            labels: missingLabels ? null : TempCorpus.Labels);

        var problems = corpus.Problems();

        var note = "labels.csv:0: scenario ids were not checked, because scenarios.csv could not be read in full";
        Assert.Equal(missingScenarios ? [expected, note] : [expected], problems);
    }

    [Fact]
    public void Load_ProblemsInBothFiles_AreSortedByFileThenLine()
    {
        using var corpus = TempCorpus.With(
            scenarios: "id,text,tags\na,one,\nb,two,Bad\na,three,\nc,\"four\nfour\",\nd,,\n",
            labels: "scenario_id,annotator,label\nzz,ml-engineer,rag\na,ml-engineer,nope\nb,ml-engineer,rag\nc,ml-engineer,rag\nd,ml-engineer,rag\n");

        var problems = corpus.Problems();

        Assert.Equal(
            [
                "scenarios.csv:3: tag 'Bad' is not a slug: it has the upper-case letter 'B'; separate tags with ';' and use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit, such as 'legal-style'",
                "scenarios.csv:4: duplicate id 'a' (first defined on line 2); if this is another scenario, give it an id of its own such as 'a-2' (and its rows in labels.csv); if it is the same one, delete one of the two rows",
                "scenarios.csv:7: text is empty; describe the situation in plain words",
                "labels.csv:2: unknown scenario 'zz'; add it to scenarios.csv or correct the id",
                "labels.csv:3: unknown label 'nope'; use one of: prompting, rag, fine-tuning",
            ],
            problems);
    }

    [Fact]
    public void Load_Utf16WithByteOrderMark_Loads()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id,text\na,café\nb,two\n")).ToArray();
        using var corpus = TempCorpus.WithScenarioBytes(bytes);

        var result = corpus.Load();

        Assert.Empty(result.Problems);
        Assert.Equal("café", result.Corpus!.Scenarios[0].Text);
    }
}
