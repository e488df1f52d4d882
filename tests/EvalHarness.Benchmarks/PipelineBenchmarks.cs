using BenchmarkDotNet.Attributes;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Reports;
using EvalHarness.Synthetic;

namespace EvalHarness.Benchmarks;

/// <summary>The stages of <c>eval</c> on a generated corpus of 10,000 scenarios: loading, metrics and report writing, each per scenario.</summary>
/// <remarks>Advice has its own benchmark (<see cref="AdvisorBenchmarks"/>); the whole-process 1M run is in scale.sh.</remarks>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const int Scenarios = 10_000;
    private string _root = "";
    private string _corpus = "";
    private ScenarioResult[] _results = [];
    private IReadOnlyList<string> _annotators = [];

    /// <summary>Generates the corpus and advises it once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;
        _corpus = Path.Combine(_root, "corpus");
        SyntheticCorpusWriter.Write(_corpus, new SyntheticOptions(Scenarios, Seed: 7));
        var corpus = CorpusLoader.Load(_corpus).Corpus!;
        var run = CorpusEvaluator.Evaluate(corpus, FrameworkAdvisor.Default);
        _results = run.Results.ToArray();
        _annotators = corpus.Annotators;
    }

    /// <summary>Removes the corpus.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    /// <summary>Reads and validates both corpus files as a stream: labels into the index, then every scenario with its labels.</summary>
    [Benchmark(OperationsPerInvoke = Scenarios)]
    public int Load()
    {
        var problems = CorpusProblemList.ForCorpus();
        var count = 0;
        using (var stream = CorpusStream.Open(_corpus, problems))
        {
            while (stream.TryReadNext(out _, out _))
                count++;
            stream.Complete();
        }
        return count;
    }

    /// <summary>Feeds every result to the metrics and computes them.</summary>
    [Benchmark(OperationsPerInvoke = Scenarios)]
    public double? Metrics()
    {
        var accumulator = new MetricsAccumulator(_annotators, FrameworkAdvisor.Default.Rules);
        foreach (var result in _results)
            accumulator.Add(result);
        return accumulator.ToMetrics().Accuracy;
    }

    /// <summary>Writes every per-scenario report row (results.csv, disagreements.csv).</summary>
    [Benchmark(OperationsPerInvoke = Scenarios)]
    public void Reports()
    {
        var folder = Path.Combine(_root, "reports");
        Directory.CreateDirectory(folder);
        using var writer = new ReportWriter(folder);
        foreach (var result in _results)
            writer.Add(result);
    }
}
