using EvalHarness.Corpus;

namespace EvalHarness.Gate;

/// <summary>One scenario whose outcome differs from the baseline.</summary>
/// <param name="ScenarioId">The scenario.</param>
/// <param name="Change">What changed.</param>
/// <param name="BaselinePredicted">The baseline's prediction; <c>null</c> for a new scenario.</param>
/// <param name="Predicted">The current prediction; <c>null</c> for a removed scenario.</param>
/// <param name="Expected">The current panel label (the baseline's for a removed scenario); <c>null</c> when contested.</param>
public sealed record ScenarioChange(string ScenarioId, ChangeKind Change, Approach? BaselinePredicted, Approach? Predicted, Approach? Expected)
{
    /// <summary>The change as written in regressions.csv: <c>regression</c>, <c>fix</c>, <c>changed</c>, <c>new</c> or <c>removed</c>.</summary>
    public string ChangeSlug => Change switch
    {
        ChangeKind.Regression => "regression",
        ChangeKind.Fix => "fix",
        ChangeKind.Changed => "changed",
        ChangeKind.New => "new",
        ChangeKind.Removed => "removed",
        _ => throw new InvalidOperationException($"unknown change {Change}"),
    };

    /// <summary>
    /// The change in plain words, for the console and summary.md: <c>b: now fine-tuning, was prompting, the panel's
    /// label (regression)</c>; never a bare dash for a prediction that is not there.
    /// </summary>
    public string InPlainWords()
    {
        var panel = Expected?.ToSlug();
        return Change switch
        {
            ChangeKind.Regression => $"{ScenarioId}: now {Said(Predicted)}, was {Said(BaselinePredicted)}, the panel's label (regression)",
            ChangeKind.Fix => $"{ScenarioId}: now {Said(Predicted)}, the panel's label, was {Said(BaselinePredicted)} (fix)",
            ChangeKind.Changed => $"{ScenarioId}: now {Said(Predicted)}, was {Said(BaselinePredicted)}; {Panel("says")}",
            ChangeKind.New => $"{ScenarioId}: new scenario, {Said(Predicted)}" + (Predicted is not null && Predicted == Expected ? ", the panel's label" : $"; {Panel("says")}"),
            ChangeKind.Removed => $"{ScenarioId}: removed from the corpus; it was {Said(BaselinePredicted)}" + (BaselinePredicted is not null && BaselinePredicted == Expected ? ", the panel's label" : $"; {Panel("said")}"),
            _ => throw new InvalidOperationException($"unknown change {Change}"),
        };

        string Panel(string verb) => panel is null ? "the experts are tied" : $"the panel {verb} {panel}";
    }

    private static string Said(Approach? prediction) => prediction is { } p ? p.ToSlug() : "no prediction (the advisor failed)";
}
