using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class MetricsAccumulatorTests
{
    [Fact]
    public void Add_LabelFromAnUnknownAnnotator_ThrowsNamingIt()
    {
        var accumulator = new MetricsAccumulator(["a", "b"], []);
        ExpertLabel[] labels = [new("s", "a", Approach.Rag), new("s", "z", Approach.Rag)];
        var advice = new ScenarioAdvice(Approach.Rag, Leaf.Rag, [], [], [], null);

        var exception = Assert.Throws<ArgumentException>(() =>
            accumulator.Add(new ScenarioResult(new Scenario("s", "text"), advice, labels, Approach.Rag)));

        Assert.Contains("'z'", exception.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0), (accumulator.ToMetrics().Scenarios, accumulator.ToMetrics().Scored));
    }

    [Fact]
    public void Constructor_AnnotatorListedTwice_ThrowsNamingIt()
    {
        var exception = Assert.Throws<ArgumentException>(() => new MetricsAccumulator(["a", "b", "a"], []));

        Assert.Contains("'a'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_LabelsAsAListOrAnArray_CountTheSame()
    {
        var advice = new ScenarioAdvice(Approach.Rag, Leaf.Rag, [], [], [], null);
        ExpertLabel[] labels = [new("s", "a", Approach.Rag), new("s", "b", Approach.Prompting), new("s", "c", Approach.Rag)];
        var fromArray = new MetricsAccumulator(["a", "b", "c"], []);
        var fromList = new MetricsAccumulator(["a", "b", "c"], []);

        fromArray.Add(new ScenarioResult(new Scenario("s", "text"), advice, labels, Approach.Rag));
        fromList.Add(new ScenarioResult(new Scenario("s", "text"), advice, labels.ToList(), Approach.Rag));

        var (array, list) = (fromArray.ToMetrics(), fromList.ToMetrics());
        Assert.Equal(array.Annotators, list.Annotators);
        Assert.Equal((array.Accuracy, array.AcceptableAccuracy, array.ExpertPairwiseAgreement), (list.Accuracy, list.AcceptableAccuracy, list.ExpertPairwiseAgreement));
        Assert.Equal(1.0 / 3, array.ExpertPairwiseAgreement!.Value, 12); // of the pairs ab, ac, bc only ac agree
    }
}
