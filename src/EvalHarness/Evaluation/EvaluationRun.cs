namespace EvalHarness.Evaluation;

/// <summary>The outcome of evaluating a corpus: each scenario's result, in corpus order, and the metrics.</summary>
/// <param name="Results">One result per scenario, in the order of scenarios.csv.</param>
/// <param name="Metrics">The figures computed from the results.</param>
/// <param name="AdvisorVersion">The version of the advisor that produced the predictions.</param>
public sealed record EvaluationRun(IReadOnlyList<ScenarioResult> Results, EvaluationMetrics Metrics, string AdvisorVersion);
