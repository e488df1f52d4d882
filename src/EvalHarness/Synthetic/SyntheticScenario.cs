using EvalHarness.Corpus;

namespace EvalHarness.Synthetic;

/// <summary>A generated scenario with the label it was built to carry; immutable.</summary>
/// <param name="Scenario">The scenario as a corpus holds it.</param>
/// <param name="Branch">The framework branch the text expresses.</param>
/// <param name="Organisation">The organisation name written into the text, so tests can swap it for another.</param>
/// <param name="Product">The product name written into the text, likewise.</param>
public sealed record SyntheticScenario(Scenario Scenario, SyntheticBranch Branch, string Organisation, string Product)
{
    /// <summary>The approach the framework gives <see cref="Branch"/>: the label by construction.</summary>
    public Approach Intended => Branch.ApproachOf();
}
