using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>
/// Counts of (expected, predicted) pairs over the three approaches, fed one scenario at a time, and the scores
/// sklearn derives from them; only nine counters are kept so a million scenarios cost nothing extra.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class ConfusionMatrix
{
    private const int Size = ApproachCount.Value;
    private readonly long[] _cells = new long[Size * Size];
    private readonly long[] _unanswered = new long[Size];

    /// <summary>How many pairs were added.</summary>
    public long Count { get; private set; }

    /// <summary>How many pairs had the prediction equal to the expected label (the diagonal).</summary>
    public long Correct => _cells[0] + _cells[Size + 1] + _cells[2 * Size + 2];

    /// <summary>How many pairs had this expected label (row) and this prediction (column).</summary>
    public long this[Approach expected, Approach predicted] =>
        _cells[ApproachCount.IndexOf(expected, nameof(expected)) * Size + ApproachCount.IndexOf(predicted, nameof(predicted))];

    /// <summary>How many scenarios with this expected label got no prediction (an advisor error, or repeats that tied).</summary>
    public long Unanswered(Approach expected) => _unanswered[ApproachCount.IndexOf(expected, nameof(expected))];

    /// <summary>How many scenarios got no prediction in all.</summary>
    public long UnansweredCount => _unanswered[0] + _unanswered[1] + _unanswered[2];

    /// <summary>
    /// Counts one scenario: the reference label (panel or annotator) and the classifier's answer; a missing answer
    /// counts as wrong: it adds to the row (support, recall) and to no column (precision).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined <see cref="Approach"/>.</exception>
    public void Add(Approach expected, Approach? predicted)
    {
        var row = ApproachCount.IndexOf(expected, nameof(expected));
        if (predicted is { } answer)
            _cells[row * Size + ApproachCount.IndexOf(answer, nameof(predicted))]++;
        else
            _unanswered[row]++;
        Count++;
    }

    /// <summary>Share of pairs on the diagonal; <c>null</c> when nothing was added.</summary>
    public double? Accuracy => Count == 0 ? null : (double)Correct / Count;

    /// <summary>Precision, recall, F1, support and predicted count for each approach in report order (<see cref="ApproachText.All"/>).</summary>
    /// <remarks>Zero divisions give 0, as sklearn's <c>zero_division=0</c>; F1 is <c>2tp / (2tp + fp + fn)</c>, which equals the harmonic mean whenever it is defined.</remarks>
    public IReadOnlyList<LabelMetrics> PerLabel()
    {
        var result = new LabelMetrics[Size];
        for (var k = 0; k < Size; k++)
        {
            long support = _unanswered[k], predicted = 0;
            for (var j = 0; j < Size; j++)
            {
                support += _cells[k * Size + j];
                predicted += _cells[j * Size + k];
            }

            var truePositives = _cells[k * Size + k];
            var f1Denominator = support + predicted;
            result[k] = new LabelMetrics(
                (Approach)k,
                Ratio(truePositives, predicted),
                Ratio(truePositives, support),
                Ratio(2 * truePositives, f1Denominator),
                support,
                predicted);
        }

        return result;
    }

    /// <summary>Unweighted mean of the three precisions (sklearn <c>average="macro"</c> over all three labels); <c>null</c> when nothing was added.</summary>
    public double? MacroPrecision => Macro(static m => m.Precision);

    /// <summary>Unweighted mean of the three recalls; <c>null</c> when nothing was added.</summary>
    public double? MacroRecall => Macro(static m => m.Recall);

    /// <summary>Unweighted mean of the three per-label F1 scores (not the F1 of the macro means, as in sklearn); <c>null</c> when nothing was added.</summary>
    public double? MacroF1 => Macro(static m => m.F1);

    /// <summary>
    /// Cohen's kappa between the expected labels and the predictions (sklearn <c>cohen_kappa_score</c>);
    /// <c>null</c> when nothing was added or when chance agreement is certain (both sides used one and the same label), where sklearn gives NaN.
    /// </summary>
    public double? CohenKappa
    {
        get
        {
            if (Count == 0)
                return null;

            // sklearn's form 1 - observed/expected disagreement; row and column totals stay in long, products in double.
            // A missing answer is a fourth category no reference label ever takes: its row total is 0, so it adds no
            // expected disagreement of its own, while it still lowers each row's agreement.
            double n = Count, expectedDisagreement = 0, observedDisagreement = Count - Correct;
            for (var i = 0; i < Size; i++)
            {
                long rowTotal = _unanswered[i], columnTotal = 0;
                for (var j = 0; j < Size; j++)
                {
                    rowTotal += _cells[i * Size + j];
                    columnTotal += _cells[j * Size + i];
                }

                expectedDisagreement += (double)rowTotal * (n - columnTotal);
            }

            expectedDisagreement /= n;
            return expectedDisagreement == 0 ? null : 1 - observedDisagreement / expectedDisagreement;
        }
    }

    private double? Macro(Func<LabelMetrics, double> select)
    {
        if (Count == 0)
            return null;
        var sum = 0.0;
        foreach (var metrics in PerLabel())
            sum += select(metrics);
        return sum / Size;
    }

    private static double Ratio(long numerator, long denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
