using EvalHarness.Advice;

namespace EvalHarness.Evaluation;

/// <summary>The figures of one evaluation run: the classifier against the panel, and the panel against itself.</summary>
/// <remarks>A <c>null</c> figure is undefined for the data (for example a kappa when every label is the same); reports leave it empty.</remarks>
public sealed record EvaluationMetrics
{
    /// <summary>All scenarios evaluated.</summary>
    public required int Scenarios { get; init; }

    /// <summary>Scenarios with a panel label.</summary>
    public required int Scored { get; init; }

    /// <summary>Scenarios whose panel is tied.</summary>
    public required int Contested { get; init; }

    /// <summary>Share of scored scenarios predicted as their panel label; <c>null</c> when none is scored.</summary>
    public required double? Accuracy { get; init; }

    /// <summary>The 95% Wilson score interval of <see cref="Accuracy"/>.</summary>
    public required WilsonInterval? AccuracyInterval { get; init; }

    /// <summary>Share of all scenarios whose prediction matches at least one expert.</summary>
    public required double? AcceptableAccuracy { get; init; }

    /// <summary>Precision, recall and F1 per label over scored scenarios, in report order.</summary>
    public required IReadOnlyList<LabelMetrics> PerLabel { get; init; }

    /// <summary>Unweighted mean of the per-label precisions.</summary>
    public required double? MacroPrecision { get; init; }

    /// <summary>Unweighted mean of the per-label recalls.</summary>
    public required double? MacroRecall { get; init; }

    /// <summary>Unweighted mean of the per-label F1 scores.</summary>
    public required double? MacroF1 { get; init; }

    /// <summary>Cohen's kappa of the classifier against the panel label.</summary>
    public required double? CohenKappa { get; init; }

    /// <summary>Panel label × prediction counts over scored scenarios.</summary>
    public required ConfusionMatrix Confusion { get; init; }

    /// <summary>Fleiss' kappa of the panel; <c>null</c> when scenarios have different numbers of labels.</summary>
    public required double? ExpertFleissKappa { get; init; }

    /// <summary>Krippendorff's alpha (nominal) of the panel.</summary>
    public required double? ExpertKrippendorffAlpha { get; init; }

    /// <summary>Mean share of agreeing annotator pairs per scenario.</summary>
    public required double? ExpertPairwiseAgreement { get; init; }

    /// <summary>Mean agreement of each annotator with the rest of the panel: the human ceiling.</summary>
    public required double? ExpertMeanAccuracy { get; init; }

    /// <summary>Per-annotator figures, ordered by annotator.</summary>
    public required IReadOnlyList<AnnotatorSummary> Annotators { get; init; }

    /// <summary>How often each rule of the advisor fired, in the advisor's rule order.</summary>
    public required IReadOnlyList<RuleCount> Rules { get; init; }

    /// <summary>Scenarios the advisor gave no advice for because it failed on every repeat; they count as wrong.</summary>
    public int AdvisorErrors { get; init; }

    /// <summary>Scenarios the advisor answered whose repeats did not all give the same approach (a tie among them leaves no prediction).</summary>
    public int Unstable { get; init; }

    /// <summary>
    /// The share of answered scenarios whose repeats all gave the same approach; 1 with a single repeat. <c>null</c>
    /// when no scenario was answered.
    /// </summary>
    public double? Stability { get; init; } = 1;

    /// <summary>The tokens a chat model spent on the run, cached answers included; <c>null</c> for advisors that spend none.</summary>
    public TokenUsage? Usage { get; init; }

    /// <summary>Every pair of annotators who labelled a scenario in common, by name, with their agreement and Cohen's kappa.</summary>
    public IReadOnlyList<AnnotatorPair> AnnotatorPairs { get; init; } = [];

    /// <summary>How many scenarios reached each leaf, and had each reason and warning.</summary>
    public AdviceCoverage Coverage { get; init; } = AdviceCoverage.None;
}
