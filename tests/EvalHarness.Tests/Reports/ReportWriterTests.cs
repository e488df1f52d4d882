using EvalHarness.Advice;
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
    public void Complete_ManyBatches_WritesTheRowsOfOneSerialWrite(string file)
    {
        var results = _run.Run.Results.ToArray();
        var streamed = Directory.CreateDirectory(_folder["streamed"]).FullName;
        var serial = Directory.CreateDirectory(_folder["serial"]).FullName;

        using (var writer = new ReportWriter(streamed))
        {
            foreach (var result in results)
                writer.Add(result);
            writer.Complete(_run.Run.Metrics, RunStamp.For(new CorpusHashes(new string('a', 64), new string('b', 64)), "test", results.Length), null, null);
        }
        using (var resultsFile = new ResultsCsvWriter(Path.Combine(serial, "results.csv")))
            resultsFile.Write(results, results.Length);
        var disagreements = new DisagreementsCsvWriter(Path.Combine(serial, "disagreements.csv"));
        disagreements.Write(results, results.Length);
        disagreements.Complete();

        var expected = File.ReadAllBytes(Path.Combine(serial, file));
        Assert.True(expected.Length > 100_000, "the serial file should span several batches");
        Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(streamed, file))), $"{file} differs");
    }

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

    /// <summary>An evaluated generated corpus large enough for several of the writer's batches.</summary>
    public sealed class ManyResults : IDisposable
    {
        private readonly GeneratedCorpus _generated = GeneratedCorpus.Write(new SyntheticOptions(6_000, Seed: 7, Annotators: 3, Noise: 0.2));

        public ManyResults() => Run = CorpusEvaluator.Evaluate(CorpusLoader.Load(_generated.Folder).Corpus!, FrameworkAdvisor.Default);

        public EvaluationRun Run { get; }

        public void Dispose() => _generated.Dispose();
    }
}
