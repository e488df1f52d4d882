using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>A batch of scenarios read from a corpus stream, with their labels and, once advised, their outcomes; reused batch after batch.</summary>
internal sealed class ScenarioBatch(int capacity)
{
    /// <summary>The scenarios read; the first <see cref="Count"/> are valid.</summary>
    public Scenario[] Scenarios { get; } = new Scenario[capacity];

    /// <summary>The labels of each scenario.</summary>
    public ExpertLabel[][] Labels { get; } = new ExpertLabel[capacity][];

    /// <summary>The advice for each scenario, filled by the advisor; <c>null</c> where it gave none.</summary>
    public ScenarioAdvice?[] Advice { get; } = new ScenarioAdvice?[capacity];

    /// <summary>Why a scenario has no advice, where the advisor failed.</summary>
    public string?[] Errors { get; } = new string?[capacity];

    /// <summary>The share of a scenario's repeats that agree with its majority.</summary>
    public double[] Stability { get; } = new double[capacity];

    /// <summary>The tokens spent on each scenario, where the advisor counts them.</summary>
    public TokenUsage?[] Usage { get; } = new TokenUsage?[capacity];

    /// <summary>How many scenarios the batch holds.</summary>
    public int Count { get; private set; }

    /// <summary>Reads up to a batch of scenarios, replacing what the batch held; fewer only at the end of the stream.</summary>
    public void Fill(CorpusStream corpus)
    {
        // The previous batch's objects are released first, so a batch never keeps two batches' worth alive.
        Array.Clear(Scenarios, 0, Count);
        Array.Clear(Labels, 0, Count);
        Array.Clear(Advice, 0, Count);
        Array.Clear(Errors, 0, Count);
        Array.Clear(Usage, 0, Count);
        Count = 0;
        while (Count < Scenarios.Length && corpus.TryReadNext(out var scenario, out var labels))
        {
            Scenarios[Count] = scenario;
            Labels[Count] = labels;
            Stability[Count] = 1;
            Count++;
        }
    }

    /// <summary>Loads scenarios held in memory, with their labels.</summary>
    public void Fill(ReadOnlySpan<Scenario> scenarios, Func<Scenario, ExpertLabel[]> labelsOf)
    {
        Array.Clear(Advice, 0, Count);
        Array.Clear(Errors, 0, Count);
        Array.Clear(Usage, 0, Count);
        Count = scenarios.Length;
        for (var i = 0; i < Count; i++)
        {
            Scenarios[i] = scenarios[i];
            Labels[i] = labelsOf(scenarios[i]);
            Stability[i] = 1;
        }
    }

    /// <summary>Records the outcome of a scenario's repeats.</summary>
    public void Set(int index, ReadOnlySpan<AdvisorAnswer> answers)
    {
        var (advice, error, stability, usage) = RepeatVote.Decide(answers);
        Advice[index] = advice;
        Errors[index] = error;
        Stability[index] = stability;
        Usage[index] = usage;
    }

    /// <summary>The result of one scenario, once advised.</summary>
    public ScenarioResult Result(int index, int repeats) =>
        new(Scenarios[index], Advice[index], Labels[index], CorpusEvaluator.PanelLabelOf(Labels[index]))
        {
            AdvisorError = Errors[index],
            Stability = Stability[index],
            Repeats = repeats,
            Usage = Usage[index],
        };
}
