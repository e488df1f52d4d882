using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Reports;
using EvalHarness.Synthetic;
using EvalHarness.Tests.Synthetic;

namespace EvalHarness.Tests.Reports;

/// <summary>The writer formats one batch in the background while the next fills; the files must not show it.</summary>
public sealed class ReportWriterTests : IClassFixture<ReportWriterTests.ManyResults>, IDisposable
{
    private readonly ManyResults _run;
    private readonly TempFolder _folder = new("report-writer-");

    public ReportWriterTests(ManyResults run) => _run = run;

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("results.csv")]
    [InlineData("disagreements.csv")]
    public void Complete_ManyBatches_WritesWhatOneEscapingWriterWritesRowByRow(string file)
    {
        // Generated results, with a few hostile ones (formula-like id, evidence and text) at the start, middle and end.
        var generated = _run.Run.Results.ToArray();
        var results = Hostile(0).Concat(generated[..3_000]).Concat(Hostile(1)).Concat(generated[3_000..]).Concat(Hostile(2)).ToArray();
        var streamed = Directory.CreateDirectory(_folder["streamed"]).FullName;

        using (var writer = new ReportWriter(streamed))
        {
            foreach (var result in results)
                writer.Add(result);
            writer.Complete(_run.Run.Metrics, RunStamp.For(new CorpusHashes(new string('a', 64), new string('b', 64)), "test", results.Length), null, null);
        }

        var expected = Path.Combine(_folder["serial"]);
        using (var csv = ReportCsv.Create(expected))
        {
            if (file == "results.csv")
            {
                csv.WriteHeader(ResultsCsvWriter.Header);
                foreach (var r in results)
                    csv.WriteRecord([r.Scenario.Id, r.Expected?.ToSlug() ?? "", r.Predicted?.ToSlug() ?? "", Bool(r.Correct), Bool(r.MatchesAnyExpert),
                        Bool(r.Contested), Labels(r), ReportCsv.Number(r.ExpertAgreement), r.Advice?.Leaf?.ToSlug() ?? "",
                        string.Join("; ", (r.Advice?.Path ?? []).Select(step => $"{step.Question.ToSlug()}={(step.Answer ? "yes" : "no")}")),
                        string.Join(" | ", (r.Advice?.Path ?? []).Where(step => step.Evidence.Count > 0)
                            .Select(step => $"{(int)step.Question + 1}: " + string.Join("; ", step.Evidence.Select(e => e.ToString())))),
                        string.Join(';', (r.Advice?.Reasons ?? []).Select(reason => reason.ToSlug())),
                        string.Join(';', (r.Advice?.Warnings ?? []).Select(w => w.Code.ToSlug())),
                        Money(r.Advice?.Cost?.PromptedDailyCost), Money(r.Advice?.Cost?.FineTunedDailyCost), Money(r.Advice?.Cost?.MonthlySavings),
                        r.AdvisorError is null ? ReportCsv.Number(r.Stability) : "", r.AdvisorError ?? "", r.Scenario.Text]);
            }
            else
            {
                csv.WriteHeader(["scenario_id", "kind", "expected", "predicted", "expert_labels", "text"]);
                foreach (var kind in Enum.GetValues<DisagreementKind>())
                    foreach (var r in results.Where(r => DisagreementKinds.Shows(r, kind)))
                        csv.WriteRecord([r.Scenario.Id, DisagreementKinds.Slug(kind), r.Expected?.ToSlug() ?? "", r.Predicted?.ToSlug() ?? "", Labels(r), r.Scenario.Text]);
            }
        }

        var want = File.ReadAllBytes(expected);
        Assert.True(want.Length > 100_000, "the file should span several batches");
        Assert.True(want.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(streamed, file))), $"{file} differs");
    }

    private static string Money(decimal? value) => value is { } v ? AdviceJson.FormatMoney(v) : "";

    [Fact]
    public void Dispose_WithoutComplete_ClosesTheFilesAfterTheBatchInFlight()
    {
        var results = _run.Run.Results.Take(5_000).ToArray();
        var folder = Directory.CreateDirectory(_folder["unfinished"]).FullName;

        using (var writer = new ReportWriter(folder))
        {
            foreach (var result in results)
                writer.Add(result);
        }

        // Every full batch was handed over before dispose, and reached the file whole; the partial one did not.
        var path = Path.Combine(folder, "results.csv");
        var lines = File.ReadAllLines(path);
        var lastHandedOver = results.Length / ReportWriter.BatchSize * ReportWriter.BatchSize - 1;
        Assert.True(lastHandedOver < results.Length - 1, "the test needs a partial batch at the end");
        Assert.Equal(results[lastHandedOver].Scenario.Id, lines.Last(l => l.StartsWith("syn-", StringComparison.Ordinal)).Split(',')[0]);
        // And the writer let go of it: an exclusive open fails while any writer still holds the file.
        using (File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Labels(ScenarioResult r) => string.Join(';', r.ExpertLabels.Select(l => l.Label.ToSlug()));

    private static ScenarioResult[] Hostile(int n)
    {
        ExpertLabel[] labels = [new($"=id{n}", "a", Approach.Rag), new($"=id{n}", "b", Approach.Prompting), new($"=id{n}", "c", Approach.Rag)];
        var advice = new ScenarioAdvice(Approach.Prompting, Leaf.UsePrompting,
            [new DecisionStep(FrameworkQuestion.CanPromptingSolveIt, true, [new Evidence("@rule", "=x", 2), new Evidence("cue.b", "y", -1)])], [], [], null);
        return
        [
            new ScenarioResult(new Scenario($"=id{n}", "-5 tokens, \"quoted\"\nand a new line"), advice, labels, Approach.Rag),
            new ScenarioResult(new Scenario($"+id{n}", "@mention"), advice with { Path = [] }, labels[..1], Approach.Rag),
        ];
    }

    /// <summary>An evaluated generated corpus large enough for several of the writer's batches.</summary>
    public sealed class ManyResults : IDisposable
    {
        private readonly GeneratedCorpus _generated = GeneratedCorpus.Write(new SyntheticOptions(6_000, Seed: 7, Annotators: 3, Noise: 0.2));

        public ManyResults() => Run = CorpusEvaluator.Evaluate(CorpusLoader.Load(_generated.Folder).Corpus!, FrameworkAdvisor.Default);

        public EvaluationRun Run { get; }

        public void Dispose() => _generated.Dispose();
    }
}
