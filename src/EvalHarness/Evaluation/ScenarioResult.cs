using System.Runtime.InteropServices;
using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>One scenario's advice set against its expert labels; immutable.</summary>
/// <param name="Scenario">The scenario advised.</param>
/// <param name="Advice">What the advisor recommended.</param>
/// <param name="ExpertLabels">The scenario's labels, ordered by annotator.</param>
/// <param name="Expected">The panel label (strict plurality), or <c>null</c> when the panel is tied.</param>
public sealed record ScenarioResult(
    Scenario Scenario,
    ScenarioAdvice Advice,
    IReadOnlyList<ExpertLabel> ExpertLabels,
    Approach? Expected)
{
    /// <summary>The labels as a span: reading them through the list interface dispatched two calls per label.</summary>
    internal ReadOnlySpan<ExpertLabel> LabelSpan => ExpertLabels switch
    {
        ExpertLabel[] array => array,
        List<ExpertLabel> list => CollectionsMarshal.AsSpan(list),
        var other => other.ToArray(),
    };

    /// <summary>The advisor's approach.</summary>
    public Approach Predicted => Advice.Approach;

    /// <summary>Whether the panel is tied, so the scenario is excluded from scored metrics.</summary>
    public bool Contested => Expected is null;

    /// <summary>Whether the prediction equals the panel label; always <c>false</c> when contested.</summary>
    public bool Correct => Expected == Predicted;

    /// <summary>Whether at least one expert gave the predicted label.</summary>
    public bool MatchesAnyExpert
    {
        get
        {
            var predicted = Predicted;
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
