using System.Runtime.InteropServices;
using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>One scenario's advice set against its expert labels; immutable.</summary>
/// <param name="Scenario">The scenario advised.</param>
/// <param name="Advice">
/// What the advisor recommended (the majority's advice when asked several times); <c>null</c> when there is no
/// prediction: the advisor failed (<see cref="AdvisorError"/>) or its repeats tied (<see cref="Unstable"/>).
/// </param>
/// <param name="ExpertLabels">The scenario's labels, ordered by annotator.</param>
/// <param name="Expected">The panel label (strict plurality), or <c>null</c> when the panel is tied.</param>
public sealed record ScenarioResult(
    Scenario Scenario,
    ScenarioAdvice? Advice,
    IReadOnlyList<ExpertLabel> ExpertLabels,
    Approach? Expected)
{
    /// <summary>Why the advisor gave no advice, in one line; <c>null</c> when it answered (or only its repeats tied).</summary>
    public string? AdvisorError { get; init; }

    /// <summary>The share of the repeats whose approach is the majority's (errors disagree); 1 for a single answer.</summary>
    public double Stability { get; init; } = 1;

    /// <summary>How many times the scenario was asked.</summary>
    public int Repeats { get; init; } = 1;

    /// <summary>Whether the repeats did not all give the same approach (an error among them included).</summary>
    public bool Unstable => Stability < 1;

    /// <summary>The tokens a chat model spent on the scenario's answers, repeats included; <c>null</c> for advisors that spend none.</summary>
    public TokenUsage? Usage { get; init; }

    /// <summary>The labels as a span: reading them through the list interface dispatched two calls per label.</summary>
    internal ReadOnlySpan<ExpertLabel> LabelSpan => ExpertLabels switch
    {
        ExpertLabel[] array => array,
        List<ExpertLabel> list => CollectionsMarshal.AsSpan(list),
        var other => other.ToArray(),
    };

    /// <summary>The advisor's approach; <c>null</c> when it gave none (an error, or a tie between repeats).</summary>
    public Approach? Predicted => Advice?.Approach;

    /// <summary>
    /// The outcome in words for messages: <c>predicted rag</c>, <c>got no prediction (the advisor failed: …)</c> or
    /// <c>got no prediction (its 2 repeats tied)</c>.
    /// </summary>
    public string Outcome => Predicted is { } predicted ? $"predicted {predicted.ToSlug()}"
        : AdvisorError is { } error ? $"got no prediction (advisor error: {error})"
        : $"got no prediction (its {Repeats} repeats tied)";

    /// <summary>Whether the panel is tied, so the scenario is excluded from scored metrics.</summary>
    public bool Contested => Expected is null;

    /// <summary>Whether the prediction equals the panel label; always <c>false</c> when contested or when there is no prediction.</summary>
    public bool Correct => Expected is { } expected && Predicted == expected;

    /// <summary>Whether at least one expert gave the predicted label; <c>false</c> without a prediction.</summary>
    public bool MatchesAnyExpert
    {
        get
        {
            if (Predicted is not { } predicted)
                return false;
            foreach (var label in LabelSpan)
                if (label.Label == predicted)
                    return true;
            return false;
        }
    }

    /// <summary>Whether the experts did not all give the same label.</summary>
    public bool PanelSplit
    {
        get
        {
            var labels = LabelSpan;
            for (var i = 1; i < labels.Length; i++)
                if (labels[i].Label != labels[0].Label)
                    return true;
            return false;
        }
    }

    /// <summary>The share of experts who gave the most common label: 1 when unanimous, 1/3 for a three-way split.</summary>
    public double ExpertAgreement
    {
        get
        {
            var labels = LabelSpan;
            if (labels.Length == 0)
                return 0;
            Span<int> counts = [0, 0, 0];
            foreach (var label in labels)
                counts[(int)label.Label]++;
            return (double)Math.Max(counts[0], Math.Max(counts[1], counts[2])) / labels.Length;
        }
    }
}
