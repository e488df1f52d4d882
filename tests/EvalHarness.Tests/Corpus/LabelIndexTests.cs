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

    [Fact]
    public void Reserve_ForALargeFile_IndexesAsWithoutRoomAndGrowsPastIt()
    {
        // The room is not cleared: memory the collector hands out again may hold anything. Large arrays freed just before
        // make that likely here, so a slot read before it is written would show.
        Dirty();
        var index = new LabelIndex();
        index.Reserve(fileBytes: 48 * 120_000); // room for 120,000 labels and 60,000 scenarios; 210,000 and 70,000 come

        for (var s = 0; s < 70_000; s++)
        {
            for (var a = 0; a < 3; a++)
                Assert.Equal(0, index.Add($"syn-{s:D7}", $"annotator-{a}", (Approach)((s + a) % 3), 2 + 3 * s + a));
        }

        Assert.Equal((70_000, 210_000), (index.ScenarioCount, index.LabelCount));
        for (var s = 0; s < 70_000; s += 7)
        {
            var slot = index.Find($"syn-{s:D7}");
            var labels = index.LabelsOf(slot);
            Assert.Equal(["annotator-0", "annotator-1", "annotator-2"], labels.Select(l => l.Annotator));
            Assert.Equal([(Approach)(s % 3), (Approach)((s + 1) % 3), (Approach)((s + 2) % 3)], labels.Select(l => l.Label));
            Assert.Equal(2 + 3 * s, labels[0].Line);
            Assert.Equal(0, index.Define(slot, 10 + s)); // never defined before, whatever the room held
            Assert.Equal(10 + s, index.Define(slot, 99));
        }

        Assert.Equal([2 + 3, 2 + 4, 2 + 5], index.UnseenRows().Where(row => row.ScenarioId == "syn-0000001").Select(row => row.Line));
    }

    [Fact]
    public void Reserve_AfterALabel_Throws()
    {
        var index = new LabelIndex();
        index.Add("s1", "a", Approach.Rag, 2);

        Assert.Throws<InvalidOperationException>(() => index.Reserve(1_000_000));
    }

    private static void Dirty()
    {
        // Arrays of the room's sizes, on the large object heap like the room, freed for it to take.
        for (var i = 0; i < 40; i++)
            GC.KeepAlive(Enumerable.Repeat(0x5A5A5A5A, 30_000 + 3_000 * i).ToArray());
        GC.Collect();
    }
}
