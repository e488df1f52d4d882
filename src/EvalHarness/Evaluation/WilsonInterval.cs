namespace EvalHarness.Evaluation;

/// <summary>A Wilson score confidence interval for a proportion (statsmodels <c>proportion_confint(method="wilson")</c>).</summary>
/// <remarks>Chosen over the normal (Wald) interval because it stays inside [0, 1] and keeps its coverage for small samples and accuracies near 100%.</remarks>
/// <param name="Low">The lower bound, in [0, 1].</param>
/// <param name="High">The upper bound, in [0, 1].</param>
public readonly record struct WilsonInterval(double Low, double High)
{
    /// <summary>The two-sided 95% normal quantile, <c>scipy.stats.norm.ppf(0.975)</c>.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The interval for <paramref name="successes"/> out of <paramref name="trials"/>; <c>null</c> when there are no trials (statsmodels gives NaN).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, successes exceed trials, or <paramref name="z"/> is not positive and finite.</exception>
    public static WilsonInterval? For(long successes, long trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (!double.IsFinite(z) || z <= 0)
            throw new ArgumentOutOfRangeException(nameof(z), z, "The normal quantile must be positive and finite.");
        if (trials == 0)
            return null;

        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var halfWidth = z / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new WilsonInterval(Math.Max(0, centre - halfWidth), Math.Min(1, centre + halfWidth));
    }
}
