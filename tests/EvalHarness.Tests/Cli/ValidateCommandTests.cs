using EvalHarness.Tests.Corpus;

namespace EvalHarness.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Theory]
    [MemberData(nameof(CorpusProblemCases.Scenarios), MemberType = typeof(CorpusProblemCases))]
    public void Validate_BrokenScenarios_ListsProblemsAndExits2(string scenarios, string[] expected)
    {
        using var corpus = TempCorpus.With(scenarios: scenarios);

        var (exitCode, output, error) = Validate(corpus);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal([.. expected, Summary(expected.Length, corpus.Folder)], Lines(error));
    }

    [Theory]
    [MemberData(nameof(CorpusProblemCases.Labels), MemberType = typeof(CorpusProblemCases))]
    public void Validate_BrokenLabels_ListsProblemsAndExits2(string labels, string[] expected)
    {
        using var corpus = TempCorpus.With(labels: labels);

        var (exitCode, _, error) = Validate(corpus);

        Assert.Equal(2, exitCode);
        Assert.Equal([.. expected, Summary(expected.Length, corpus.Folder)], Lines(error));
    }

    [Theory]
    [MemberData(nameof(CorpusProblemCases.ScenarioBytes), MemberType = typeof(CorpusProblemCases))]
    public void Validate_ScenariosNotUtf8Text_ListsProblemsAndExits2(byte[] scenarios, string[] expected)
    {
        using var corpus = TempCorpus.WithScenarioBytes(scenarios);

        var (exitCode, _, error) = Validate(corpus);

        Assert.Equal(2, exitCode);
        Assert.Equal([.. expected, Summary(expected.Length, corpus.Folder)], Lines(error));
    }

    [Fact]
    public void Validate_MissingFolder_ReportsResolvedFolderAndExits2()
    {
        using var corpus = TempCorpus.With();
        var run = CliRun.In(corpus.Root, advisor: null, "validate", "--corpus", "nowhere");

        Assert.Equal(2, run.ExitCode);
        var missing = Path.Combine(corpus.Root, "nowhere");
        Assert.Equal(
            [$"{missing}:0: corpus folder not found; give the folder that holds scenarios.csv and labels.csv", "1 problem found in nowhere"],
            Lines(run.Error));
    }

    [Fact]
    public void Validate_ValidCorpus_PrintsSummaryAndExits0()
    {
        using var corpus = TempCorpus.With(
            "id,text\na,one\nb,two\nc,three\n",
            "scenario_id,annotator,label\na,ml-engineer,rag\na,course-author,rag\nb,ml-engineer,prompting\nb,course-author,fine-tuning\nc,ml-engineer,fine-tuning\n");
        var run = CliRun.In(corpus.Root, advisor: null, "validate", "--corpus", "corpus");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(
            [
                "Corpus corpus is valid.",
                "  scenarios:        3",
                "  labels:           5",
                "  annotators:       2",
                "  labels per class: prompting 1, rag 2, fine-tuning 2",
                "  unanimous:        1",
                "  split:            1",
            ],
            Lines(run.Output));
    }

    private static (int ExitCode, string Output, string Error) Validate(TempCorpus corpus)
    {
        var run = CliRun.In(corpus.Root, advisor: null, "validate", "--corpus", corpus.Folder);
        return (run.ExitCode, run.Output, run.Error);
    }

    private static string Summary(int count, string folder) => count == 1 ? $"1 problem found in {folder}" : $"{count} problems found in {folder}";

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
