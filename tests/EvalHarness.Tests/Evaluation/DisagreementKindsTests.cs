using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class DisagreementKindsTests
{
    [Theory]
    [InlineData("PPP", "P", "")]
    [InlineData("PPP", "F", "ClassifierVsPanel")]
    [InlineData("PPR", "P", "PanelSplit")]
    [InlineData("PPR", "R", "ClassifierVsPanel PanelSplit")]
    [InlineData("PRF", "P", "Contested")]
    [InlineData("PR", "F", "Contested")]
    [InlineData("F", "F", "")]
    [InlineData("", "P", "Contested")]
    public void Of_LabelsAndPrediction_GivesTheKindsAndAnyAgrees(string labels, string predicted, string kinds)
    {
        var expert = LabelString.Parse(labels).Select((label, i) => new ExpertLabel("s", $"a{i}", label)).ToArray();
        var approach = LabelString.Parse(predicted)[0];
        var advice = new ScenarioAdvice(approach, Leaf.UsePrompting, [], [], [], null);
        var result = new ScenarioResult(new Scenario("s", "text"), advice, expert, CorpusEvaluator.PanelLabelOf(expert));

        Assert.Equal(kinds, string.Join(' ', DisagreementKinds.Of(result)));
        Assert.Equal(kinds.Length > 0, DisagreementKinds.Any(result));
    }
}
