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
}
