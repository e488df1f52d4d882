using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>Feeds every scenario of a corpus through an advisor and compares the advice with the expert panel.</summary>
public static class CorpusEvaluator
{
    /// <summary>Evaluates a corpus held in memory. Advice runs in parallel; results and metrics come out in corpus order, identical to a sequential run.</summary>
    public static EvaluationRun Evaluate(ScenarioCorpus corpus, IAdvisor advisor, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        return Evaluate(corpus, AdvisorUnderTest.InProcess(advisor, maxDegreeOfParallelism: maxDegreeOfParallelism));
    }

    /// <summary>Evaluates a corpus held in memory with any advisor; an advisor's failure on a scenario is that scenario's error.</summary>
    public static EvaluationRun Evaluate(ScenarioCorpus corpus, AdvisorUnderTest advisor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(advisor);

        var scenarios = corpus.Scenarios.ToArray();
        var batch = new ScenarioBatch(scenarios.Length);
        batch.Fill(scenarios, s => corpus.LabelsFor(s.Id).ToArray());
        advisor.AdviseAsync(batch, cancellationToken).GetAwaiter().GetResult();

        var accumulator = new MetricsAccumulator(corpus.Annotators, advisor.Rules);
        var results = new ScenarioResult[scenarios.Length];
        for (var i = 0; i < scenarios.Length; i++)
        {
            results[i] = batch.Result(i, advisor.Repeats);
            accumulator.Add(results[i]);
        }

        return new EvaluationRun(results, accumulator.ToMetrics(), advisor.Version);
    }

    /// <summary>
    /// How many scenarios <see cref="Stream(CorpusStream, AdvisorUnderTest, int, CancellationToken)"/> reads and advises at a time: few enough that a batch is still in the
    /// processor's cache when its results are used, and dies before the garbage collector would have to copy it.
    /// </summary>
    public const int DefaultBatchSize = 512;

    /// <summary>Streams a corpus through an in-process advisor on every core (or <paramref name="maxDegreeOfParallelism"/>).</summary>
    public static IEnumerable<ScenarioResult> Stream(CorpusStream corpus, IAdvisor advisor, int batchSize = DefaultBatchSize, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        return Stream(corpus, AdvisorUnderTest.InProcess(advisor, maxDegreeOfParallelism: maxDegreeOfParallelism), batchSize);
    }

    /// <summary>Streams a corpus through an advisor: scenarios are read in batches, advised in parallel and yielded in corpus order.</summary>
    /// <remarks>
    /// Memory holds two batches of scenarios, never the corpus; batches are small, so they die young and the garbage
    /// collector seldom copies them. The next batch is read while the current one is advised, so reading, which is
    /// serial, does not leave the other cores idle. Problems in the data go to the stream's problem list; an advisor's
    /// failure on a scenario is that scenario's <see cref="ScenarioResult.AdvisorError"/>.
    /// </remarks>
    public static IEnumerable<ScenarioResult> Stream(CorpusStream corpus, AdvisorUnderTest advisor, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return StreamBatches(corpus, advisor, batchSize, cancellationToken);
    }

    private static IEnumerable<ScenarioResult> StreamBatches(CorpusStream corpus, AdvisorUnderTest advisor, int batchSize, CancellationToken cancellationToken)
    {
        var current = new ScenarioBatch(batchSize);
        var next = new ScenarioBatch(batchSize);
        current.Fill(corpus);
        if (current.Count == 0)
            yield break;
        Task? advising = advisor.AdviseAsync(current, cancellationToken);
        Task? advisingNext = null;
        try
        {
            while (true)
            {
                next.Fill(corpus);
                // An external advisor's next batch is asked as soon as it is read: its requests take the slots this
                // batch frees, so the requests in flight never drain at a batch's end.
                if (advisor.IsExternal && next.Count > 0)
                    advisingNext = advisor.AdviseAsync(next, cancellationToken);
                var advised = advising!;
                advising = null;
                advised.GetAwaiter().GetResult();
                // The next batch is advised while this one is handed out, so the cores never wait for the caller.
                if (!advisor.IsExternal && next.Count > 0)
                    advisingNext = advisor.AdviseAsync(next, cancellationToken);
                for (var i = 0; i < current.Count; i++)
                    yield return current.Result(i, advisor.Repeats);
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

    /// <summary>The strict plurality of a scenario's labels, or <c>null</c> on a tie.</summary>
    public static Approach? PanelLabelOf(IReadOnlyList<ExpertLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels is ExpertLabel[] array ? PanelLabelOf(array.AsSpan()) : PanelLabelOf([.. labels]);
    }

    /// <summary>The strict plurality of labels held in an array: a million scenarios' labels read through the list interface cost two calls a label.</summary>
    internal static Approach? PanelLabelOf(ReadOnlySpan<ExpertLabel> labels)
    {
        Span<Approach> span = labels.Length <= 16 ? stackalloc Approach[labels.Length] : new Approach[labels.Length];
        for (var i = 0; i < labels.Length; i++)
            span[i] = labels[i].Label;
        return PluralityLabel.Of(span);
    }
}
