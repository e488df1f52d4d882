namespace EvalHarness.Evaluation;

/// <summary>Krippendorff's alpha for nominal data, as NLTK <c>AnnotationTask(data, binary_distance).alpha()</c> computes it.</summary>
/// <remarks>
/// Any number of values per unit is allowed; units with fewer than two values cannot be paired and are left out of the
/// disagreements, but (as in NLTK) their values still count towards "how many distinct values were used".
/// Works from totals so <see cref="PanelAgreement"/> can stream; the table form serves published examples.
/// </remarks>
public static class KrippendorffAlpha
{
    /// <summary>
    /// Alpha for a units × categories table of value counts (rows may have different totals, including 0 or 1).
    /// Mirrors NLTK's degenerate cases: exactly one distinct value anywhere gives 1; no values at all, no unit with two values,
    /// or no expected disagreement among the pairable values give <c>null</c> where NLTK raises.
    /// </summary>
    /// <exception cref="ArgumentException">A row is null, rows differ in length, or a count is negative.</exception>
    public static double? Nominal(IReadOnlyList<int[]> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
            return null;

        var categories = counts[0].Length;
        var pairableTotals = new long[categories];
        var used = new bool[categories];
        long pairableValues = 0;
        var observedDisagreement = 0.0;
        foreach (var row in counts)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(counts));
            if (row.Length != categories)
                throw new ArgumentException($"Every row needs {categories} category counts; found one with {row.Length}.", nameof(counts));
            long values = 0, sumOfSquares = 0;
            for (var j = 0; j < categories; j++)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(row[j], nameof(counts));
                values += row[j];
                sumOfSquares += (long)row[j] * row[j];
                used[j] |= row[j] > 0;
            }

            if (values < 2)
                continue;
            for (var j = 0; j < categories; j++)
                pairableTotals[j] += row[j];
            pairableValues += values;
            observedDisagreement += UnitDisagreement(values, sumOfSquares);
        }

        var distinct = 0;
        foreach (var isUsed in used)
            distinct += isUsed ? 1 : 0;
        return FromTotals(distinct, pairableValues, observedDisagreement, pairableTotals);
    }

    /// <summary>One unit's contribution to the coincidence off-diagonal: disagreeing ordered pairs divided by (values − 1).</summary>
    internal static double UnitDisagreement(long values, long sumOfSquares) =>
        (double)(values * values - sumOfSquares) / (values - 1);

    /// <summary>Alpha from totals: distinct values seen in any unit, pairable values n, Σ unit disagreements, and pairable values per category.</summary>
    internal static double? FromTotals(int distinctValues, long pairableValues, double observedDisagreement, ReadOnlySpan<long> pairableTotals)
    {
        if (distinctValues == 0)
            return null;
        if (distinctValues == 1)
            return 1.0;
        if (pairableValues < 2)
            return null;

        double n = pairableValues, sumOfSquares = 0;
        foreach (var total in pairableTotals)
            sumOfSquares += (double)total * total;
        var expectedDisagreement = (n * n - sumOfSquares) / (n * (n - 1));
        if (expectedDisagreement == 0)
            return null;
        return 1 - observedDisagreement / n / expectedDisagreement;
    }
}
