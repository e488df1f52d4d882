using EvalHarness.Evaluation;
using EvalHarness.Gate;

namespace EvalHarness.Cli.Commands;

/// <summary>What a finished <c>eval</c> shows on the console.</summary>
/// <param name="Metrics">The run's metrics.</param>
/// <param name="AdvisorVersion">The advisor evaluated.</param>
/// <param name="Comparison">The comparison with the baseline, if any.</param>
/// <param name="Verdict">The gate's verdict, if a gate was checked.</param>
internal sealed record EvalOutcome(EvaluationMetrics Metrics, string AdvisorVersion, RunComparison? Comparison, GateVerdict? Verdict);
