using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>
/// How far the expert panel agrees with itself, fed one scenario's labels at a time: Fleiss' kappa, Krippendorff's alpha
/// and mean pairwise agreement, kept as a handful of totals so memory does not grow with the corpus.
/// </summary>
/// <remarks>
/// Only scenarios with at least two labels can show agreement; scenarios with one label still count as "values used" for
/// alpha, as in NLTK. Not thread-safe.
/// </remarks>
public sealed class PanelAgreement
{
    private const int Size = ApproachCount.Value;
    private readonly long[] _pairableTotals = new long[Size];
    private long _sumOfSquares;
    private long _pairableValues;
    private int _ratersPerScenario;
    private bool _mixedRaterCounts;
    private int _usedLabels;
    private double _observedDisagreement;
    private double _pairwiseAgreementSum;

    /// <summary>How many scenarios had at least two labels, i.e. counted towards the agreement measures.</summary>
    public long Scenarios { get; private set; }

    /// <summary>Counts one scenario's expert labels; fewer than two labels add nothing but the values they use.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A label is not a defined <see cref="Approach"/>.</exception>
    public void Add(ReadOnlySpan<Approach> labels)
    {
        long prompting = 0, rag = 0, fineTuning = 0;
        var used = 0;
        foreach (var label in labels)
        {
            var index = ApproachCount.IndexOf(label, nameof(labels));
            used |= 1 << index;
            if (index == 0) prompting++;
            else if (index == 1) rag++;
            else fineTuning++;
        }

        // Counted only after every label passed the guard, so a rejected call leaves the totals untouched.
        _usedLabels |= used;
        long values = labels.Length;
        if (values < 2)
            return;

        var sumOfSquares = prompting * prompting + rag * rag + fineTuning * fineTuning;
        _pairableTotals[0] += prompting;
        _pairableTotals[1] += rag;
        _pairableTotals[2] += fineTuning;
        _pairableValues += values;
        _sumOfSquares += sumOfSquares;
        _observedDisagreement += Evaluation.KrippendorffAlpha.UnitDisagreement(values, sumOfSquares);
        _pairwiseAgreementSum += (double)(sumOfSquares - values) / (values * (values - 1));
        NoteRaterCount(labels.Length);
        Scenarios++;
    }

    /// <summary>
    /// Fleiss' kappa over the scenarios with at least two labels; <c>null</c> when there are none, when they do not all have the
    /// same number of labels (Fleiss assumes a fixed number of raters), or when every label is the same.
    /// </summary>
    public double? FleissKappa =>
        _mixedRaterCounts ? null : Evaluation.FleissKappa.FromTotals(Scenarios, _ratersPerScenario, _sumOfSquares, _pairableTotals);

    /// <summary>
    /// Nominal Krippendorff's alpha as NLTK computes it: 1 when only one label was ever used; <c>null</c> when no labels were
    /// added, no scenario had two labels, or the pairable labels are all the same while another label appeared alone.
    /// </summary>
    public double? KrippendorffAlpha =>
        Evaluation.KrippendorffAlpha.FromTotals(
            System.Numerics.BitOperations.PopCount((uint)_usedLabels), _pairableValues, _observedDisagreement, _pairableTotals);

    /// <summary>Mean over scenarios with at least two labels of the share of annotator pairs that chose the same label; <c>null</c> when there are none.</summary>
    public double? PairwiseAgreement => Scenarios == 0 ? null : _pairwiseAgreementSum / Scenarios;

    private void NoteRaterCount(int raters)
    {
        if (_ratersPerScenario == 0)
            _ratersPerScenario = raters;
        else if (_ratersPerScenario != raters)
            _mixedRaterCounts = true;
    }
}
