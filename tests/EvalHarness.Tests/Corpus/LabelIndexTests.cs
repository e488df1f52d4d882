using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public sealed class LabelIndexTests
{
    [Fact]
    public void LabelsOf_LabelsAddedInAnyOrder_ComeOutOrderedByAnnotatorName()
    {
        var index = new LabelIndex(keepRationales: true);
        index.Add("s1", "product-lead", Approach.Rag, 2, "facts");
        index.Add("s1", "curriculum-author", Approach.FineTuning, 3, "tone");
        index.Add("s2", "ml-engineer", Approach.Prompting, 4);
        index.Add("s1", "ml-engineer", Approach.Rag, 5);

        var labels = index.LabelsOf(index.Find("s1"));

        Assert.Equal(["curriculum-author", "ml-engineer", "product-lead"], labels.Select(l => l.Annotator));
        Assert.Equal([Approach.FineTuning, Approach.Rag, Approach.Rag], labels.Select(l => l.Label));
        Assert.Equal([3, 5, 2], labels.Select(l => l.Line));
        Assert.Equal("tone", labels[0].Rationale);
        Assert.Equal(2, index.ScenarioCount);
        Assert.Equal(4, index.LabelCount);
    }

    [Fact]
    public void Add_SameAnnotatorTwice_ReturnsEarlierLineAndKeepsFirstLabel()
    {
        var index = new LabelIndex();
        index.Add("s1", "ml-engineer", Approach.Rag, 2);

        var earlier = index.Add("s1", "ml-engineer", Approach.Prompting, 7);

        Assert.Equal(2, earlier);
        Assert.Equal([Approach.Rag], index.LabelsOf(index.Find("s1")).Select(l => l.Label));
    }

    [Fact]
    public void UnseenRows_ScenariosNeverDefined_ListEveryLabelLineInFileOrder()
    {
        var index = new LabelIndex();
        index.Add("seen", "a", Approach.Rag, 2);
        index.Add("ghost", "a", Approach.Rag, 3);
        index.Add("ghost", "b", Approach.Rag, 5);
        index.Touch("bad-row-only", 6);
        index.Define(index.Find("seen"), 1);

        Assert.Equal([("ghost", 3), ("ghost", 5), ("bad-row-only", 6)], index.UnseenRows());
        Assert.Empty(index.LabelsOf(index.Find("bad-row-only")));
        Assert.Equal(-1, index.Find("nowhere"));
    }

    [Fact]
    public void Add_ManyAnnotators_KeepsEachApartAndInFirstSeenOrder()
    {
        var index = new LabelIndex();
        for (var a = 11; a >= 0; a--)
            index.Add("s1", $"annotator-{a:D2}", Approach.Rag, 20 - a);

        var duplicate = index.Add("s1", "annotator-03", Approach.Prompting, 99);

        Assert.Equal(17, duplicate);
        Assert.Equal(12, index.Annotators.Count);
        Assert.Equal("annotator-11", index.Annotators[0]);
        Assert.Equal(Enumerable.Range(0, 12).Select(a => $"annotator-{a:D2}"), index.LabelsOf(index.Find("s1")).Select(l => l.Annotator));
    }
}
