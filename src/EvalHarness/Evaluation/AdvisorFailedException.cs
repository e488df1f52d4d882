namespace EvalHarness.Evaluation;

/// <summary>The advisor threw while advising a scenario; the run cannot be trusted (exit code 3).</summary>
public sealed class AdvisorFailedException : Exception
{
    /// <summary>Wraps the advisor's exception with the scenario it failed on.</summary>
    public AdvisorFailedException(string scenarioId, Exception inner)
        : base($"the advisor failed on scenario '{scenarioId}': {inner.Message}", inner) =>
        ScenarioId = scenarioId;

    /// <summary>The scenario being advised when the advisor failed.</summary>
    public string ScenarioId { get; }
}
