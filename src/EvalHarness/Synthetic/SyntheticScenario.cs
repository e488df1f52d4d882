using EvalHarness.Corpus;

namespace EvalHarness.Synthetic;

/// <summary>A generated scenario with the label it was built to carry; immutable.</summary>
/// <param name="Scenario">The scenario as a corpus holds it.</param>
/// <param name="Intended">The approach the framework gives <paramref name="Branch"/>: the label by construction.</param>
/// <param name="Branch">The framework branch the text expresses.</param>
/// <param name="Organisation">The organisation name written into the text, so tests can swap it for another.</param>
/// <param name="Product">The product name written into the text, likewise.</param>
public sealed record SyntheticScenario(Scenario Scenario, Approach Intended, SyntheticBranch Branch, string Organisation, string Product);
