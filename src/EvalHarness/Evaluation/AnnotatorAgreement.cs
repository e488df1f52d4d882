using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>
/// Per-annotator agreement with the rest of the panel (leave-one-out plurality) and with the classifier, fed one scenario at a
/// time; keeps a 3×3 matrix and two counters per annotator, so memory depends on the panel size, not the corpus.
/// </summary>
/// <remarks>
/// Leave-one-out matters: comparing an annotator with a plurality that includes their own vote would inflate their agreement.
/// Not thread-safe.
/// </remarks>
public sealed class AnnotatorAgreement
{
    private readonly ConfusionMatrix[] _withClassifier;
    private readonly long[] _panelComparisons;
    private readonly long[] _panelAgreements;

    // One matrix per pair of annotators (first < second), made when the pair first labels the same scenario.
    private readonly ConfusionMatrix?[] _pairs;

    /// <summary>Creates an accumulator for annotators indexed 0 to <paramref name="annotatorCount"/> − 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annotatorCount"/> is negative.</exception>
    public AnnotatorAgreement(int annotatorCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(annotatorCount);
        _withClassifier = new ConfusionMatrix[annotatorCount];
        for (var i = 0; i < annotatorCount; i++)
            _withClassifier[i] = new ConfusionMatrix();
        _panelComparisons = new long[annotatorCount];
        _panelAgreements = new long[annotatorCount];
        _pairs = new ConfusionMatrix?[annotatorCount * annotatorCount];
    }

    /// <summary>How many annotators this accumulator tracks.</summary>
    public int AnnotatorCount => _withClassifier.Length;

    /// <summary>Counts one scenario: who labelled it, what each chose (same order), and the classifier's prediction.</summary>
    /// <exception cref="ArgumentException">The spans differ in length, or an annotator appears twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside 0 to count − 1, or a label is not a defined <see cref="Approach"/>.</exception>
    /// <remarks>A scenario without a prediction (<c>null</c>) counts as a disagreement with every annotator.</remarks>
    public void Add(ReadOnlySpan<int> annotatorIndexes, ReadOnlySpan<Approach> labels, Approach? predicted)
    {
        if (annotatorIndexes.Length != labels.Length)
            throw new ArgumentException($"Got {annotatorIndexes.Length} annotator indexes but {labels.Length} labels.", nameof(labels));
        if (predicted is { } answer)
            ApproachCount.IndexOf(answer, nameof(predicted));

        // Validate everything before counting anything, so a rejected call leaves the totals untouched.
        int prompting = 0, rag = 0, fineTuning = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var annotator = annotatorIndexes[i];
            ArgumentOutOfRangeException.ThrowIfNegative(annotator, nameof(annotatorIndexes));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(annotator, _withClassifier.Length, nameof(annotatorIndexes));
            if (annotatorIndexes[..i].Contains(annotator))
                throw new ArgumentException($"Annotator {annotator} labels the scenario twice.", nameof(annotatorIndexes));
            switch (ApproachCount.IndexOf(labels[i], nameof(labels)))
            {
                case 0: prompting++; break;
                case 1: rag++; break;
                default: fineTuning++; break;
            }
        }

        for (var i = 0; i < labels.Length; i++)
        {
            var annotator = annotatorIndexes[i];
            var label = labels[i];
            _withClassifier[annotator].Add(label, predicted);

            var others = PluralityLabel.Of(
                prompting - (label == Approach.Prompting ? 1 : 0),
                rag - (label == Approach.Rag ? 1 : 0),
                fineTuning - (label == Approach.FineTuning ? 1 : 0));
            if (others is not { } plurality)
                continue;
            _panelComparisons[annotator]++;
            if (plurality == label)
                _panelAgreements[annotator]++;
        }

        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = i + 1; j < labels.Length; j++)
            {
                // Each pair once, the annotator with the lower index first, so (a, b) and (b, a) share one matrix.
                var (first, second, firstLabel, secondLabel) = annotatorIndexes[i] < annotatorIndexes[j]
                    ? (annotatorIndexes[i], annotatorIndexes[j], labels[i], labels[j])
                    : (annotatorIndexes[j], annotatorIndexes[i], labels[j], labels[i]);
                (_pairs[first * AnnotatorCount + second] ??= new ConfusionMatrix()).Add(firstLabel, secondLabel);
            }
        }
    }

    /// <summary>
    /// Every pair of annotators who labelled at least one scenario in common, in index order: on how many scenarios, how
    /// often they agree, and Cohen's kappa between them (<c>null</c> when undefined, as when both only ever used one label).
    /// </summary>
    public IReadOnlyList<(int First, int Second, long Scenarios, double? Agreement, double? CohenKappa)> Pairs()
    {
        var pairs = new List<(int, int, long, double?, double?)>();
        for (var first = 0; first < AnnotatorCount; first++)
            for (var second = first + 1; second < AnnotatorCount; second++)
                if (_pairs[first * AnnotatorCount + second] is { } matrix)
                    pairs.Add((first, second, matrix.Count, matrix.Accuracy, matrix.CohenKappa));
        return pairs;
    }

    /// <summary>One result per annotator, in index order; annotators who labelled nothing are included with nulls.</summary>
    public IReadOnlyList<AnnotatorMetrics> PerAnnotator()
    {
        var result = new AnnotatorMetrics[AnnotatorCount];
        for (var i = 0; i < result.Length; i++)
        {
            var matrix = _withClassifier[i];
            result[i] = new AnnotatorMetrics(
                i,
                matrix.Count,
                _panelComparisons[i],
                _panelComparisons[i] == 0 ? null : (double)_panelAgreements[i] / _panelComparisons[i],
                matrix.Accuracy,
                matrix.CohenKappa);
        }

        return result;
    }

    /// <summary>
    /// The mean of <see cref="AnnotatorMetrics.AgreementWithPanel"/> over annotators that have one: how accurate a typical
    /// expert is against their peers, the yardstick for the classifier's accuracy. <c>null</c> when no annotator has one.
    /// </summary>
    public double? ExpertMeanAccuracy
    {
        get
        {
            double sum = 0;
            var counted = 0;
            for (var i = 0; i < AnnotatorCount; i++)
            {
                if (_panelComparisons[i] == 0)
                    continue;
                sum += (double)_panelAgreements[i] / _panelComparisons[i];
                counted++;
            }

            return counted == 0 ? null : sum / counted;
        }
    }
}
