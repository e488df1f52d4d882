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

        var scenarios = corpus.Scenarios;
        var advice = new ScenarioAdvice[scenarios.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        try
        {
            Parallel.For(0, scenarios.Count, options, i => advice[i] = AdviseOne(advisor, scenarios[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<AdvisorFailedException>().Any())
        {
            // Report the first failing scenario in corpus order, so the message does not depend on thread timing.
            throw e.InnerExceptions.OfType<AdvisorFailedException>()
                .MinBy(f => IndexOf(scenarios, f.ScenarioId))!;
        }

        var accumulator = new MetricsAccumulator(corpus.Annotators, advisor.Rules);
        var results = new ScenarioResult[scenarios.Count];
        for (var i = 0; i < scenarios.Count; i++)
        {
            var expertLabels = corpus.LabelsFor(scenarios[i].Id);
            var result = new ScenarioResult(scenarios[i], advice[i], expertLabels, PanelLabelOf(expertLabels));
            accumulator.Add(result);
            results[i] = result;
        }
        return new EvaluationRun(results, accumulator.ToMetrics(), advisor.Version);
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

    private static int IndexOf(IReadOnlyList<Scenario> scenarios, string id)
    {
        for (var i = 0; i < scenarios.Count; i++)
            if (scenarios[i].Id == id)
                return i;
        return int.MaxValue;
    }
}
