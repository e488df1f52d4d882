using EvalHarness.Corpus;

namespace EvalHarness.Advice;

/// <summary>What an advisor recommends for one scenario, and why; immutable.</summary>
/// <param name="Approach">The recommended approach.</param>
/// <param name="Leaf">
/// The framework's outcome (<see cref="Leaf.PromptEngineerHarder"/> recommends prompting); <c>null</c> when an external
/// advisor did not say, since for prompting either of two leaves could be meant.
/// </param>
/// <param name="Path">Each question asked, in the course's order, with its answer and evidence; empty when an external advisor gave none.</param>
/// <param name="Reasons">The course's reasons for fine-tuning that apply, in enum order.</param>
/// <param name="Warnings">The cautions that apply, in enum order of their codes.</param>
/// <param name="Cost">The cost comparison, when daily requests and tokens per request are known.</param>
public sealed record ScenarioAdvice(
    Approach Approach,
    Leaf? Leaf,
    IReadOnlyList<DecisionStep> Path,
    IReadOnlyList<FineTuneReason> Reasons,
    IReadOnlyList<AdviceWarning> Warnings,
    CostComparison? Cost)
{
    /// <summary>
    /// Evidence an external advisor gave without tying it to a question of the path (the protocol's flat
    /// <c>evidence</c> list); empty for the built-in advisor, whose evidence all sits in <see cref="Path"/>.
    /// </summary>
    public IReadOnlyList<Evidence> UnplacedEvidence { get; init; } = [];
}
