using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>A batch of scenarios read from a corpus stream, with their labels and, once advised, their outcomes; reused batch after batch.</summary>
/// <remarks>
/// An outcome other than plain advice (an error, repeats, tokens spent) is recorded only where it happens: the built-in
/// advisor asked once never fails, and for it a million results used to carry three arrays of defaults through every
/// batch, which cost a large run about 3% (see "Back towards the budget (session 12)" in docs/performance.md).
/// </remarks>
internal sealed class ScenarioBatch(int capacity)
{
    private readonly string?[] _errors = new string?[capacity];
    private readonly double[] _stability = Ones(capacity);
    private readonly TokenUsage?[] _usage = new TokenUsage?[capacity];

    // Set by any thread that records more than advice; read after the advising task has completed, which orders it.
    private bool _hasOutcomes;

    /// <summary>The scenarios read; the first <see cref="Count"/> are valid.</summary>
    public Scenario[] Scenarios { get; } = new Scenario[capacity];

    /// <summary>The labels of each scenario.</summary>
    public ExpertLabel[][] Labels { get; } = new ExpertLabel[capacity][];

    /// <summary>The advice for each scenario, filled by the advisor; <c>null</c> where it gave none.</summary>
    public ScenarioAdvice?[] Advice { get; } = new ScenarioAdvice?[capacity];

    /// <summary>How many scenarios the batch holds.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Asks the processor to load the scenarios a few places after <paramref name="index"/>, while the one at
    /// <paramref name="index"/> is advised: the scenario four places on and, already loaded by an earlier call, the text of
    /// the one two places on. They were made on the other core; without this, advice waited for each scenario and its
    /// text in turn (about 3% of a 1M run's CPU; see "Back towards the budget (session 13)" in docs/performance.md).
    /// </summary>
    public void PrefetchAfter(int index)
    {
        if (index + 4 < Count)
            Scenario.Prefetch(Scenarios[index + 4]);
        if (index + 2 < Count)
            Scenarios[index + 2].PrefetchText();
    }

    /// <summary>Reads up to a batch of scenarios, replacing what the batch held; fewer only at the end of the stream.</summary>
    public void Fill(CorpusStream corpus)
    {
        // The previous batch's objects are released first, so a batch never keeps two batches' worth alive.
        Array.Clear(Scenarios, 0, Count);
        Array.Clear(Labels, 0, Count);
        ClearOutcomes();
        Count = 0;
        while (Count < Scenarios.Length && corpus.TryReadNext(out var scenario, out var labels))
        {
            Scenarios[Count] = scenario;
            Labels[Count] = labels;
            Count++;
        }
    }

    /// <summary>Loads scenarios held in memory, with their labels.</summary>
    public void Fill(ReadOnlySpan<Scenario> scenarios, Func<Scenario, ExpertLabel[]> labelsOf)
    {
        ClearOutcomes();
        Count = scenarios.Length;
        for (var i = 0; i < Count; i++)
        {
            Scenarios[i] = scenarios[i];
            Labels[i] = labelsOf(scenarios[i]);
        }
    }

    /// <summary>Records that the advisor failed on a scenario asked once.</summary>
    public void Fail(int index, string error)
    {
        Advice[index] = null;
        _errors[index] = error;
        _stability[index] = 0;
        _hasOutcomes = true;
    }

    /// <summary>Records the outcome of a scenario's repeats.</summary>
    public void Set(int index, ReadOnlySpan<AdvisorAnswer> answers)
    {
        var (advice, error, stability, usage) = RepeatVote.Decide(answers);
        Advice[index] = advice;
        _errors[index] = error;
        _stability[index] = stability;
        _usage[index] = usage;
        _hasOutcomes = true;
    }

    /// <summary>The result of one scenario, once advised.</summary>
    public ScenarioResult Result(int index, int repeats)
    {
        var labels = Labels[index];
        var expected = CorpusEvaluator.PanelLabelOf(labels.AsSpan());
        if (!_hasOutcomes)
            return new(Scenarios[index], Advice[index], labels, expected) { Repeats = repeats };
        return new(Scenarios[index], Advice[index], labels, expected)
        {
            AdvisorError = _errors[index],
            Stability = _stability[index],
            Repeats = repeats,
            Usage = _usage[index],
        };
    }

    private void ClearOutcomes()
    {
        Array.Clear(Advice, 0, Count);
        if (!_hasOutcomes)
            return;
        Array.Clear(_errors, 0, Count);
        Array.Clear(_usage, 0, Count);
        // A scenario asked once that did not fail agrees with itself.
        Array.Fill(_stability, 1, 0, Count);
        _hasOutcomes = false;
    }

    private static double[] Ones(int capacity)
    {
        var ones = new double[capacity];
        Array.Fill(ones, 1);
        return ones;
    }
}
