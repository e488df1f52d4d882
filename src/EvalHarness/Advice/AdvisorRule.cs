namespace EvalHarness.Advice;

/// <summary>A rule of the advisor: a cue of its vocabulary or a question of the framework.</summary>
/// <param name="Id">Stable identifier used in evidence and in rules.csv, such as <c>cue.format.json</c> or <c>question.can-prompting-solve-it</c>.</param>
/// <param name="Kind"><c>cue</c>, <c>fact</c> or <c>question</c>.</param>
/// <param name="Description">What the rule looks for, in one line.</param>
public sealed record AdvisorRule(string Id, string Kind, string Description);
