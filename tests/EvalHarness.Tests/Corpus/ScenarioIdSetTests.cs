using System.Text;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public sealed class ScenarioIdSetTests
{
    /// <summary>Defines ids on lines 2, 3, ... and returns what each definition said, as "line:first-line:label-slot".</summary>
    [Theory]
    [InlineData("a b c", "2:0:0 3:0:1 4:0:2")]
    [InlineData("c b a", "2:0:2 3:0:1 4:0:0")]
    [InlineData("a x b", "2:0:0 3:0:-1 4:0:1")]
    [InlineData("a b a", "2:0:0 3:0:1 4:2:0")]
    [InlineData("x y x", "2:0:-1 3:0:-1 4:2:-1")]
    [InlineData("b x a x b", "2:0:1 3:0:-1 4:0:0 5:3:-1 6:2:1")]
    public void Define_IdsWithAndWithoutLabels_GivesFirstLinesOfDuplicatesAndLabelSlots(string ids, string expected)
    {
        var set = new ScenarioIdSet(Labels("a", "b", "c"));

        var said = ids.Split(' ').Select((id, i) =>
        {
            var line = i + 2;
            var first = set.Define(Encoding.UTF8.GetBytes(id), line);
            return $"{line}:{first}:{set.LabelSlot}";
        });

        Assert.Equal(expected, string.Join(' ', said));
    }

    [Fact]
    public void Ids_MixedIds_AreDistinctAndInFileOrder()
    {
        var set = new ScenarioIdSet(Labels("a", "b", "c"));
        foreach (var (id, line) in new[] { ("c", 2), ("x", 3), ("a", 4), ("c", 5), ("y", 6) })
            set.Define(Encoding.UTF8.GetBytes(id), line);

        Assert.Equal(["c", "x", "a", "y"], set.Ids);
        Assert.Equal(4, set.Count);
    }

    /// <summary>
    /// Ids listed in the label index's order are kept without an order of their own until one is not; the order made
    /// then must hold the ones before it.
    /// </summary>
    [Theory]
    [InlineData("a b c d e")]
    [InlineData("a b c e d")] // in step until the fourth
    [InlineData("a b x c d")] // an unlabelled id after two in step
    [InlineData("a b b c a")] // duplicates of ids in step
    [InlineData("x a b c d")]
    [InlineData("e d c b a")]
    public void Ids_InOrOutOfTheLabelIndexsOrder_AreDistinctAndInFileOrder(string ids)
    {
        var set = new ScenarioIdSet(Labels("a", "b", "c", "d", "e"));
        var listed = ids.Split(' ');
        for (var i = 0; i < listed.Length; i++)
            set.Define(Encoding.UTF8.GetBytes(listed[i]), i + 2);

        Assert.Equal(listed.Distinct(), set.Ids);
        Assert.Equal(listed.Distinct().Count(), set.Count);
    }

    [Fact]
    public void Ids_ThousandsInStepThenOneOutOfStep_KeepFileOrder()
    {
        // Past the 256 an order starts with, so the order made when the first id is out of step must be large enough.
        var ids = Enumerable.Range(0, 3_000).Select(i => $"s{i:D4}").ToArray();
        var set = new ScenarioIdSet(Labels(ids));
        var listed = ids[..2_000].Append(ids[2_500]).Concat(ids[2_000..2_500]).Concat(ids[2_501..]).Append("new").ToArray();
        for (var i = 0; i < listed.Length; i++)
            set.Define(Encoding.UTF8.GetBytes(listed[i]), i + 2);

        Assert.Equal(listed, set.Ids);
    }

    [Fact]
    public void Define_LabelledIds_MarksTheirSlotsSeenInTheLabelIndex()
    {
        var labels = Labels("a", "b", "c");
        var set = new ScenarioIdSet(labels);
        set.Define("c"u8, 2);
        set.Define("x"u8, 3);
        set.Define("a"u8, 4);

        Assert.Equal([("b", 3)], labels.UnseenRows());
    }

    [Fact]
    public void Define_WithoutLabelIndex_KeepsEveryIdItself()
    {
        var set = new ScenarioIdSet(labels: null);

        Assert.Equal(0, set.Define("a"u8, 2));
        Assert.Equal(-1, set.LabelSlot);
        Assert.Equal(2, set.Define("a"u8, 3));
        Assert.Equal(["a"], set.Ids);
    }

    [Fact]
    public void Define_LineBelowOne_Throws()
    {
        var set = new ScenarioIdSet(labels: null);

        Assert.Throws<ArgumentOutOfRangeException>(() => set.Define("a"u8, 0));
    }

    private static LabelIndex Labels(params string[] ids)
    {
        var index = new LabelIndex();
        for (var i = 0; i < ids.Length; i++)
            index.Add(ids[i], "ann", Approach.Rag, i + 2);
        return index;
    }
}
