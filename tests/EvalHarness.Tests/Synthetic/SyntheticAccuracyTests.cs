using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Synthetic;

namespace EvalHarness.Tests.Synthetic;

public sealed class SyntheticAccuracyTests
{
    /// <summary>Measured 0.9567 on these 3,000 scenarios (seed 2024) when written; the misses are paraphrases the cue table lacks.</summary>
    private const double AccuracyFloor = 0.93;

    private static readonly SyntheticScenario[] Scenarios = new SyntheticScenarioGenerator(2024).Generate(3_000).ToArray();

    [Fact]
    public void Advise_GeneratedScenarios_AgreesWithTheConstructedLabelAboveTheFloor()
    {
        var correct = Scenarios.Count(s => FrameworkAdvisor.Default.Advise(s.Scenario).Approach == s.Intended);

        var accuracy = correct / (double)Scenarios.Length;

        Assert.True(accuracy >= AccuracyFloor, $"accuracy {accuracy:0.0000} fell below {AccuracyFloor}; misses: {Misses()}");
    }

    [Fact]
    public void Advise_EveryGeneratedText_GivesAdviceWithAPath()
    {
        foreach (var synthetic in Scenarios.Take(500))
        {
            var advice = FrameworkAdvisor.Default.Advise(synthetic.Scenario);

            Assert.NotEmpty(advice.Path);
            Assert.Equal(FrameworkQuestion.CanPromptingSolveIt, advice.Path[0].Question);
            Assert.True(Enum.IsDefined(advice.Approach));
            Assert.StartsWith("{\n  \"approach\": ", AdviceJson.Write(advice), StringComparison.Ordinal);
        }
    }

    private static string Misses() => string.Join(" | ", Scenarios
        .Select(s => (s, advice: FrameworkAdvisor.Default.Advise(s.Scenario)))
        .Where(p => p.advice.Approach != p.s.Intended)
        .Take(5)
        .Select(p => $"{p.s.Branch.ToSlug()} -> {p.advice.Leaf?.ToSlug()}: {p.s.Scenario.Text}"));
}
