using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public sealed class CorpusStatisticsTests
{
    [Fact]
    public void Of_Corpus_CountsClassesAndAgreement()
    {
        var scenarios = new[] { new Scenario("a", "one"), new Scenario("b", "two"), new Scenario("c", "three"), new Scenario("d", "four") };
        var labels = new[]
        {
            new ExpertLabel("a", "ml-engineer", Approach.Rag), new ExpertLabel("a", "course-author", Approach.Rag),
            new ExpertLabel("b", "ml-engineer", Approach.Rag), new ExpertLabel("b", "course-author", Approach.FineTuning),
            new ExpertLabel("b", "product", Approach.FineTuning), new ExpertLabel("c", "ml-engineer", Approach.Prompting),
            new ExpertLabel("d", "ml-engineer", Approach.FineTuning), new ExpertLabel("d", "product", Approach.FineTuning),
        };

        var statistics = CorpusStatistics.Of(new ScenarioCorpus(scenarios, labels));

        Assert.Equal((4, 8, 3, 2, 1), (statistics.Scenarios, statistics.Labels, statistics.Annotators, statistics.Unanimous, statistics.Split));
        Assert.Equal(
            [new(Approach.Prompting, 1), new(Approach.Rag, 3), new(Approach.FineTuning, 4)],
            statistics.LabelsPerClass.ToArray());
    }

    [Fact]
    public void Of_ClassWithoutLabels_CountsZero()
    {
        var corpus = new ScenarioCorpus([new Scenario("a", "one")], [new ExpertLabel("a", "ml-engineer", Approach.Rag)]);

        var statistics = CorpusStatistics.Of(corpus);

        Assert.Equal(0, statistics.LabelsPerClass[Approach.Prompting]);
        Assert.Equal((0, 0), (statistics.Unanimous, statistics.Split));
    }
}
