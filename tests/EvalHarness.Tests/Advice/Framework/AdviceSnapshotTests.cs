using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Advice.Framework;

/// <summary>One snapshot per scenario of the bundled corpus: any change in advice shows as a failing test with a diff.</summary>
public sealed class AdviceSnapshotTests
{
    private static readonly FrameworkAdvisor Advisor = new();

    [Theory]
    [MemberData(nameof(BundledCorpus.ScenarioIds), MemberType = typeof(BundledCorpus))]
    public void Advise_BundledScenario_MatchesSnapshot(string scenarioId)
    {
        var scenario = BundledCorpus.Corpus.Find(scenarioId)!;

        var json = AdviceJson.Write(Advisor.Advise(scenario));

        TextSnapshot.Match("Advice/Framework", scenarioId, json, $"advice for scenario '{scenarioId}'");
    }
}
