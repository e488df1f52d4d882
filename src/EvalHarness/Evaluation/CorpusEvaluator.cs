using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>Feeds every scenario of a corpus through an advisor and compares the advice with the expert panel.</summary>
public static class CorpusEvaluator
{
    /// <summary>Evaluates a corpus. Advice runs in parallel; results and metrics come out in corpus order, identical to a sequential run.</summary>
    /// <exception cref="AdvisorFailedException">The advisor threw on a scenario.</exception>
    public static EvaluationRun Evaluate(ScenarioCorpus corpus, IAdvisor advisor, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(advisor);

        var scenarios = corpus.Scenarios.ToArray();
        var advice = new ScenarioAdvice[scenarios.Length];
        AdviseBatch(advisor, scenarios, advice, scenarios.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism });

        var accumulator = new MetricsAccumulator(corpus.Annotators, advisor.Rules);
        var results = new ScenarioResult[scenarios.Length];
        for (var i = 0; i < scenarios.Length; i++)
        {
            var expertLabels = corpus.LabelsFor(scenarios[i].Id);
            var result = new ScenarioResult(scenarios[i], advice[i], expertLabels, PanelLabelOf(expertLabels));
            accumulator.Add(result);
            results[i] = result;
        }
        return new EvaluationRun(results, accumulator.ToMetrics(), advisor.Version);
    }

    /// <summary>
    /// How many scenarios <see cref="Stream"/> reads and advises at a time: few enough that a batch is still in the
    /// processor's cache when its results are used, and dies before the garbage collector would have to copy it.
    /// </summary>
    public const int DefaultBatchSize = 512;

    /// <summary>Streams a corpus through an advisor: scenarios are read in batches, advised in parallel and yielded in corpus order.</summary>
    /// <remarks>
    /// Memory holds two batches of scenarios, never the corpus; batches are small, so they die young and the garbage
    /// collector seldom copies them. The next batch is read while the current one is advised, so reading, which is
    /// serial, does not leave the other cores idle. Problems in the data go to the stream's problem list.
    /// </remarks>
    /// <exception cref="AdvisorFailedException">The advisor threw on a scenario; the first such scenario of the batch is named.</exception>
    public static IEnumerable<ScenarioResult> Stream(CorpusStream corpus, IAdvisor advisor, int batchSize = DefaultBatchSize, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return StreamBatches(corpus, advisor, batchSize, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism });
    }

    private static IEnumerable<ScenarioResult> StreamBatches(CorpusStream corpus, IAdvisor advisor, int batchSize, ParallelOptions options)
    {
        var current = new ScenarioBatch(batchSize);
        var next = new ScenarioBatch(batchSize);
        current.Fill(corpus);
        if (current.Count == 0)
            yield break;
        Task? advising = Advise(advisor, current, options);
        Task? advisingNext = null;
        try
        {
            while (true)
            {
                next.Fill(corpus);
                var advised = advising!;
                advising = null;
                advised.GetAwaiter().GetResult();
                // The next batch is advised while this one is handed out, so the cores never wait for the caller.
                advisingNext = next.Count > 0 ? Advise(advisor, next, options) : null;
                for (var i = 0; i < current.Count; i++)
                    yield return new ScenarioResult(current.Scenarios[i], current.Advice[i], current.Labels[i], PanelLabelOf(current.Labels[i]));
                if (advisingNext is null)
                    yield break;
                (current, next) = (next, current);
                (advising, advisingNext) = (advisingNext, null);
            }
        }
        finally
        {
            // A caller that stops early, or a read that fails, leaves a batch being advised: it must not outlive the stream.
            WaitQuietly(advising);
            WaitQuietly(advisingNext);
        }
    }

    // The stream is ending already; the advice of a batch no one will read does not matter, nor how it failed.
    private static void WaitQuietly(Task? task) =>
        task?.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();

    private static Task Advise(IAdvisor advisor, ScenarioBatch batch, ParallelOptions options) =>
        Task.Run(() => AdviseBatch(advisor, batch.Scenarios, batch.Advice, batch.Count, options));

    private static void AdviseBatch(IAdvisor advisor, Scenario[] scenarios, ScenarioAdvice[] advice, int count, ParallelOptions options)
    {
        try
        {
            Parallel.For(0, count, options, i => advice[i] = AdviseOne(advisor, scenarios[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<AdvisorFailedException>().Any())
        {
            // Name the first failing scenario in corpus order, so the message does not depend on thread timing.
            throw e.InnerExceptions.OfType<AdvisorFailedException>().MinBy(f => IndexOf(scenarios.AsSpan(0, count), f.ScenarioId))!;
        }
    }

    /// <summary>The strict plurality of a scenario's labels, or <c>null</c> on a tie.</summary>
    public static Approach? PanelLabelOf(IReadOnlyList<ExpertLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Span<Approach> span = labels.Count <= 16 ? stackalloc Approach[labels.Count] : new Approach[labels.Count];
        for (var i = 0; i < labels.Count; i++)
            span[i] = labels[i].Label;
        return PluralityLabel.Of(span);
    }

    private static ScenarioAdvice AdviseOne(IAdvisor advisor, Scenario scenario)
    {
        try
        {
            return advisor.Advise(scenario) ?? throw new InvalidOperationException("the advisor returned no advice");
        }
        catch (Exception e)
        {
            throw new AdvisorFailedException(scenario.Id, e);
        }
    }

    private static int IndexOf(ReadOnlySpan<Scenario> scenarios, string id)
    {
        for (var i = 0; i < scenarios.Length; i++)
            if (scenarios[i].Id == id)
                return i;
        return int.MaxValue;
    }
}
