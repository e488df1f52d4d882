using EvalHarness.Corpus;

namespace EvalHarness.Advice;

/// <summary>Recommends an approach for a scenario. Implementations are stateless and thread-safe.</summary>
public interface IAdvisor
{
    /// <summary>A version string that changes whenever the advice logic or its cue table changes; stamped on reports.</summary>
    string Version { get; }

    /// <summary>Every rule the advisor can fire (cues and framework questions), so reports can show dead rules.</summary>
    IReadOnlyList<AdvisorRule> Rules { get; }

    /// <summary>Advises one scenario.</summary>
    ScenarioAdvice Advise(Scenario scenario);
}
