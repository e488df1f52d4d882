using EvalHarness.Corpus;

namespace EvalHarness.Advice;

/// <summary>One question put to an advisor: a scenario, and which of its repeats this is.</summary>
/// <param name="Scenario">The scenario to advise.</param>
/// <param name="Repeat">The repeat index, from 0; an advisor asked <c>--repeats 3</c> times sees 0, 1 and 2.</param>
public readonly record struct AdviceRequest(Scenario Scenario, int Repeat);
