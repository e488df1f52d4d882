using EvalHarness.Advice;

namespace EvalHarness.Evaluation;

/// <summary>How many scenarios a rule of the advisor fired on; zero shows a dead rule.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Scenarios">The number of scenarios whose advice cites the rule at least once.</param>
public sealed record RuleCount(AdvisorRule Rule, int Scenarios);
