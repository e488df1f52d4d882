using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Evaluation;

/// <summary>A test advisor that answers from a table, so metrics can be computed by hand.</summary>
internal sealed class FixedAdvisor(IReadOnlyDictionary<string, Approach> answers, string? failOn = null) : IAdvisor
{
    public string Version => "fixed-1";

    public IReadOnlyList<AdvisorRule> Rules { get; } =
    [
        new("cue.test.fired", "cue", "fires on every scenario"),
        new("cue.test.dead", "cue", "never fires"),
    ];

    public ScenarioAdvice Advise(Scenario scenario)
    {
        if (scenario.Id == failOn)
            throw new InvalidOperationException("boom");
        var approach = answers[scenario.Id];
        var leaf = approach switch { Approach.FineTuning => Leaf.FineTune, Approach.Rag => Leaf.Rag, _ => Leaf.UsePrompting };
        var evidence = new Evidence("cue.test.fired", "phrase", 1);
        return new ScenarioAdvice(approach, leaf, [new DecisionStep(FrameworkQuestion.CanPromptingSolveIt, approach == Approach.Prompting, [evidence])], [], [], null);
    }
}
