namespace EvalHarness.Evaluation;

/// <summary>Fleiss' kappa (Fleiss 1971), as statsmodels <c>fleiss_kappa(table, method="fleiss")</c> computes it, over any number of categories.</summary>
/// <remarks>
/// Works from totals (subjects, sum of squared cell counts, category totals) so <see cref="PanelAgreement"/> can stream;
/// the table form exists so published worked examples with more than three categories can be checked.
/// </remarks>
public static class FleissKappa
{
    /// <summary>
    /// Kappa for a subjects × categories table of rating counts; <c>null</c> when there are no subjects, subjects were rated by
    /// different numbers of raters (statsmodels assumes a full design), or every rating is in one category (statsmodels gives NaN).
    /// </summary>
    /// <exception cref="ArgumentException">Rows differ in length, or a count is negative.</exception>
    public static double? FromCounts(IReadOnlyList<int[]> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
            return null;

        var categories = counts[0].Length;
        var totals = new long[categories];
        long sumOfSquares = 0;
        var raters = -1;
        foreach (var row in counts)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(counts));
            if (row.Length != categories)
                throw new ArgumentException($"Every row needs {categories} category counts; found one with {row.Length}.", nameof(counts));
            var rowTotal = 0;
            for (var j = 0; j < categories; j++)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(row[j], nameof(counts));
                rowTotal += row[j];
                totals[j] += row[j];
                sumOfSquares += (long)row[j] * row[j];
            }

            if (raters == -1)
                raters = rowTotal;
            else if (raters != rowTotal)
                return null;
        }

        return FromTotals(counts.Count, raters, sumOfSquares, totals);
    }

    /// <summary>Kappa from totals: subjects rated, raters per subject, Σ n_ij² over all cells, and ratings per category.</summary>
    internal static double? FromTotals(long subjects, int ratersPerSubject, long sumOfSquares, ReadOnlySpan<long> categoryTotals)
    {
        if (subjects == 0 || ratersPerSubject < 2)
            return null;

        double n = ratersPerSubject, ratings = subjects * n;
        var observed = (sumOfSquares - ratings) / (ratings * (n - 1));
        var expected = 0.0;
        foreach (var total in categoryTotals)
        {
            var share = total / ratings;
            expected += share * share;
        }

        return expected >= 1 ? null : (observed - expected) / (1 - expected);
    }
}
