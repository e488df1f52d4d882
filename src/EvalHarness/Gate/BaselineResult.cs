using EvalHarness.Corpus;

namespace EvalHarness.Gate;

/// <summary>One row of a baseline's results.csv: what the accepted run predicted for a scenario.</summary>
/// <param name="ScenarioId">The scenario.</param>
/// <param name="Expected">The panel label then; <c>null</c> when contested.</param>
/// <param name="Predicted">The prediction then; <c>null</c> when the advisor gave none.</param>
public sealed record BaselineResult(string ScenarioId, Approach? Expected, Approach? Predicted)
{
    /// <summary>Whether the baseline prediction equalled its panel label.</summary>
    public bool Correct => Expected is { } expected && Predicted == expected;
}
