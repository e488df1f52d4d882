namespace EvalHarness.Gate;

/// <summary>The gate's decision: every failed condition, one line each with its numbers.</summary>
/// <param name="Failures">Lines such as <c>accuracy 0.8120 &lt; min_accuracy 0.8500</c>; empty when the gate passed.</param>
public sealed record GateVerdict(IReadOnlyList<string> Failures)
{
    /// <summary>Every condition the policy asked for, passed or not, in the order checked; the report page lists them.</summary>
    public IReadOnlyList<GateCondition> Conditions { get; init; } = [];

    /// <summary>Whether every condition held.</summary>
    public bool Passed => Failures.Count == 0;
}
