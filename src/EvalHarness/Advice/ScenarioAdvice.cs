using EvalHarness.Corpus;

namespace EvalHarness.Advice;

/// <summary>What an advisor recommends for one scenario, and why; immutable.</summary>
/// <param name="Approach">The recommended approach.</param>
/// <param name="Leaf">
/// The framework's outcome (<see cref="Leaf.PromptEngineerHarder"/> recommends prompting); <c>null</c> when an external
/// advisor did not say, since for prompting either of two leaves could be meant.
/// </param>
/// <param name="Path">Each question asked, in the course's order, with its answer and evidence; empty when an external advisor gave none.</param>
/// <param name="Reasons">The course's reasons for fine-tuning that support the advice, in enum order; the built-in advisor lists them only when it advises fine-tuning.</param>
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

    /// <summary>
    /// When fine-tuning is not advised, the course's reasons for it that the scenario still shows, in enum order: they
    /// would apply if fine-tuning were chosen. Empty when fine-tuning is advised (see <see cref="Reasons"/>).
    /// </summary>
    public IReadOnlyList<FineTuneReason> ReasonsIfFineTuned { get; init; } = [];
}
