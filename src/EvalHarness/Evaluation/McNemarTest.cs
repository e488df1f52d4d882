namespace EvalHarness.Evaluation;

/// <summary>McNemar's exact test for whether two runs over the same scenarios differ in accuracy (statsmodels <c>mcnemar(table, exact=True)</c>).</summary>
/// <remarks>
/// Only discordant scenarios matter: under the null hypothesis each is equally likely to favour either run, so the smaller
/// count is binomial with p = ½. Terms are built in log space and summed relative to the largest one, so a million
/// discordant scenarios neither overflow nor take more than a few thousand iterations.
/// </remarks>
public static class McNemarTest
{
    private const double Ln2 = 0.69314718055994530942;
    private const double LnSqrt2Pi = 0.91893853320467274178;

    /// <summary>
    /// The two-sided p-value <c>min(1, 2 · BinomCDF(min(b, c); b + c, ½))</c>, and 1 when <c>b + c = 0</c>.
    /// </summary>
    /// <param name="b">Scenarios the earlier run got right and the current run gets wrong.</param>
    /// <param name="c">Scenarios the earlier run got wrong and the current run gets right.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or their sum overflows.</exception>
    public static double ExactTwoSidedP(long b, long c)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfNegative(c);
        if (b > long.MaxValue - c)
            throw new ArgumentOutOfRangeException(nameof(c), c, "b + c overflows.");

        var n = b + c;
        var k = Math.Min(b, c);
        if (2 * k >= n)
            return 1; // b == c (including 0, 0): the lower tail holds at least half the mass.

        // P(X = k) is the largest term of the lower tail because k < n/2.
        var logLargest = LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k) - n * Ln2;
        if (logLargest < -800)
            return 0; // Even k + 1 copies of the largest term underflow double.

        double sum = 1, term = 1;
        for (var i = k; i > 0; i--)
        {
            term *= (double)i / (n - i + 1);
            sum += term;
            if (term < sum * 1e-17)
                break;
        }

        return Math.Min(1, 2 * Math.Exp(logLargest + Math.Log(sum)));
    }

    /// <summary>ln(m!): summed exactly for small m, Stirling's series beyond, where its error is far below double precision.</summary>
    private static double LogFactorial(long m)
    {
        if (m < 64)
        {
            var sum = 0.0;
            for (var i = 2; i <= m; i++)
                sum += Math.Log(i);
            return sum;
        }

        double x = m, inverse = 1 / x, inverse2 = inverse * inverse;
        var series = inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260 - inverse2 / 1680)));
        return x * Math.Log(x) - x + 0.5 * Math.Log(x) + LnSqrt2Pi + series;
    }
}
