namespace EvalHarness.Gate;

/// <summary>A headline metric in the baseline and now.</summary>
/// <param name="Metric">The metric name, as in summary.csv.</param>
/// <param name="Baseline">The baseline's value; <c>null</c> when absent or undefined.</param>
/// <param name="Current">The current value; <c>null</c> when undefined.</param>
public sealed record MetricChange(string Metric, double? Baseline, double? Current)
{
    /// <summary>Current minus baseline, when both are defined.</summary>
    public double? Delta => Baseline is { } b && Current is { } c ? c - b : null;
}
