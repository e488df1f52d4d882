using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>A batch of scenarios read from a corpus stream, with their labels and, once advised, their advice; reused batch after batch.</summary>
internal sealed class ScenarioBatch(int capacity)
{
    /// <summary>The scenarios read; the first <see cref="Count"/> are valid.</summary>
    public Scenario[] Scenarios { get; } = new Scenario[capacity];

    /// <summary>The labels of each scenario.</summary>
    public ExpertLabel[][] Labels { get; } = new ExpertLabel[capacity][];

    /// <summary>The advice for each scenario, filled by the advisor.</summary>
    public ScenarioAdvice[] Advice { get; } = new ScenarioAdvice[capacity];

    /// <summary>How many scenarios the batch holds.</summary>
    public int Count { get; private set; }

    /// <summary>Reads up to a batch of scenarios, replacing what the batch held; fewer only at the end of the stream.</summary>
    public void Fill(CorpusStream corpus)
    {
        // The previous batch's objects are released first, so a batch never keeps two batches' worth alive.
        Array.Clear(Scenarios, 0, Count);
        Array.Clear(Labels, 0, Count);
        Array.Clear(Advice, 0, Count);
        Count = 0;
        while (Count < Scenarios.Length && corpus.TryReadNext(out var scenario, out var labels))
        {
            Scenarios[Count] = scenario;
            Labels[Count] = labels;
            Count++;
        }
    }
}
