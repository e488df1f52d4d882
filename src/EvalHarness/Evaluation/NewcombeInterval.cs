namespace EvalHarness.Evaluation;

/// <summary>
/// Newcombe's hybrid score interval for the difference between two paired proportions (Newcombe 1998, method 10), such as
/// the accuracies of two runs over the same scenarios: Wilson intervals of each accuracy, combined with the correlation
/// of the pairs. Unlike the Wald interval it stays inside [−1, 1] and keeps a width when few scenarios changed.
/// </summary>
/// <param name="Low">The lower bound of new minus base.</param>
/// <param name="High">The upper bound of new minus base.</param>
public readonly record struct NewcombeInterval(double Low, double High)
{
    /// <summary>
    /// The 95% interval of (right now) − (right before) over paired scenarios, from the four counts of the paired 2×2 table;
    /// <c>null</c> when there are no pairs. Agrees with <c>Newcombe_square_and_add_CI_paired_2x2</c> of the R package
    /// contingencytables (Fagerland, Lydersen and Laake), negated, since that one gives base minus new.
    /// </summary>
    /// <param name="bothRight">Right in both runs.</param>
    /// <param name="regressed">Right before, wrong now.</param>
    /// <param name="fixedNow">Wrong before, right now.</param>
    /// <param name="bothWrong">Wrong in both runs.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static NewcombeInterval? ForDifference(long bothRight, long regressed, long fixedNow, long bothWrong)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bothRight);
        ArgumentOutOfRangeException.ThrowIfNegative(regressed);
        ArgumentOutOfRangeException.ThrowIfNegative(fixedNow);
        ArgumentOutOfRangeException.ThrowIfNegative(bothWrong);
        var n = bothRight + regressed + fixedNow + bothWrong;
        if (n == 0)
            return null;

        // Base accuracy p1 = (a + b) / n, new accuracy p2 = (a + c) / n; the difference is p2 − p1 = (c − b) / n.
        long rightBefore = bothRight + regressed, rightNow = bothRight + fixedNow;
        double p1 = (double)rightBefore / n, p2 = (double)rightNow / n;
        var before = WilsonInterval.For(rightBefore, n)!.Value;
        var now = WilsonInterval.For(rightNow, n)!.Value;

        // The correlation of the two accuracies (phi), with Newcombe's continuity correction of the numerator.
        var phi = 0.0;
        long wrongBefore = n - rightBefore, wrongNow = n - rightNow;
        if (rightBefore > 0 && wrongBefore > 0 && rightNow > 0 && wrongNow > 0)
        {
            var denominator = Math.Sqrt((double)rightBefore * wrongBefore * rightNow * wrongNow);
            var a = (double)bothRight * bothWrong - (double)regressed * fixedNow;
            phi = a > n / 2.0 ? (a - n / 2.0) / denominator : a >= 0 ? 0 : a / denominator;
        }

        var difference = p2 - p1;
        double nowDown = p2 - now.Low, nowUp = now.High - p2, beforeDown = p1 - before.Low, beforeUp = before.High - p1;
        var low = difference - Math.Sqrt(Math.Max(0, nowDown * nowDown + beforeUp * beforeUp - 2 * phi * nowDown * beforeUp));
        var high = difference + Math.Sqrt(Math.Max(0, nowUp * nowUp + beforeDown * beforeDown - 2 * phi * nowUp * beforeDown));
        return new NewcombeInterval(Math.Max(-1, low), Math.Min(1, high));
    }
}
