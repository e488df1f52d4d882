using System.Globalization;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Reports;
using EvalHarness.Synthetic;
using EvalHarness.Tests.Synthetic;

namespace EvalHarness.Tests.Evaluation;

/// <summary>Reports depend only on the corpus and the advisor: not on threads, not on the machine's culture.</summary>
public sealed class ParallelEvaluationTests : IClassFixture<ParallelEvaluationTests.NoisyCorpus>
{
    private readonly NoisyCorpus _corpus;

    public ParallelEvaluationTests(NoisyCorpus corpus) => _corpus = corpus;

    [Fact]
    public void Evaluate_Parallel_WritesTheSameReportsAsSequential()
    {
        var sequential = Reports(CorpusEvaluator.Evaluate(_corpus.Corpus, FrameworkAdvisor.Default, maxDegreeOfParallelism: 1));

        var parallel = Reports(CorpusEvaluator.Evaluate(_corpus.Corpus, FrameworkAdvisor.Default));

        Assert.Equal(sequential.Keys, parallel.Keys);
        Assert.All(sequential, file => Assert.True(file.Value.AsSpan().SequenceEqual(parallel[file.Key]), $"{file.Key} differs"));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Evaluate_OtherCulture_WritesTheSameReportsAsInvariant(string culture)
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => Reports(CorpusEvaluator.Evaluate(_corpus.Corpus, FrameworkAdvisor.Default)));

        var local = WithCulture(CultureInfo.GetCultureInfo(culture), () => Reports(CorpusEvaluator.Evaluate(_corpus.Corpus, FrameworkAdvisor.Default)));

        Assert.Equal(invariant.Keys, local.Keys);
        Assert.All(invariant, file => Assert.True(file.Value.AsSpan().SequenceEqual(local[file.Key]), $"{file.Key} differs under {culture}"));
    }

    private SortedDictionary<string, byte[]> Reports(EvaluationRun run)
    {
        using var temp = new TempFolder("evalharness-reports-");
        var folder = temp["reports"];
        ReportSet.Write(folder, run, RunStamp.For(_corpus.Folder, run.AdvisorVersion, run.Results.Count), null, null);
        return new SortedDictionary<string, byte[]>(
            Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes),
            StringComparer.Ordinal);
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        using var scope = new CultureScope(culture.Name);
        return action();
    }

    /// <summary>A generated corpus with split panels, contested scenarios and advisor misses, so every report has rows.</summary>
    public sealed class NoisyCorpus : IDisposable
    {
        private readonly GeneratedCorpus _generated = GeneratedCorpus.Write(new SyntheticOptions(1_500, Seed: 2025, Annotators: 4, Noise: 0.25));

        public NoisyCorpus() => Corpus = CorpusLoader.Load(Folder).Corpus!;

        public string Folder => _generated.Folder;

        public ScenarioCorpus Corpus { get; }

        public void Dispose() => _generated.Dispose();
    }
}
