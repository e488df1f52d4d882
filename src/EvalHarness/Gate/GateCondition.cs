namespace EvalHarness.Gate;

/// <summary>One condition the gate checked, as people read it, and whether it held.</summary>
/// <param name="Text">The condition with its numbers, such as <c>accuracy 0.9688 &gt;= min_accuracy 0.8500</c>.</param>
/// <param name="Passed">Whether it held.</param>
public sealed record GateCondition(string Text, bool Passed);
