using System.Text;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public sealed class IdTableTests
{
    [Fact]
    public void FindOrAdd_NewAndRepeatedIds_GivesDenseSlotsInFirstSeenOrder()
    {
        var table = new IdTable();

        var first = table.FindOrAdd("q1"u8, out var firstAdded);
        var second = table.FindOrAdd("q2"u8, out var secondAdded);
        var again = table.FindOrAdd("q1"u8, out var againAdded);

        Assert.Equal((0, true), (first, firstAdded));
        Assert.Equal((1, true), (second, secondAdded));
        Assert.Equal((0, false), (again, againAdded));
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void Find_AfterManyAdds_FindsEveryIdAndNoOther()
    {
        var table = new IdTable();
        for (var i = 0; i < 20_000; i++)
            table.FindOrAdd(Encoding.UTF8.GetBytes($"syn-{i:D7}"), out _);

        for (var i = 0; i < 20_000; i += 997)
            Assert.Equal(i, table.Find(Encoding.UTF8.GetBytes($"syn-{i:D7}")));
        Assert.Equal(-1, table.Find("syn-0020000"u8));
        Assert.Equal(-1, table.Find("syn-000000"u8));
        Assert.Equal(-1, table.Find(""u8));
    }

    [Theory]
    [InlineData("q2", 1, 1)]
    [InlineData("q2", 0, 1)]
    [InlineData("q2", 2, 1)]
    [InlineData("q2", -1, 1)]
    [InlineData("q2", 99, 1)]
    [InlineData("q9", 1, -1)]
    [InlineData("q9", 3, -1)]
    public void Find_WithLikelySlot_FindsTheSameSlotWhetherTheGuessIsRightOrNot(string id, int likelySlot, int expected)
    {
        var table = new IdTable();
        foreach (var known in new[] { "q1", "q2", "q3" })
            table.FindOrAdd(Encoding.UTF8.GetBytes(known), out _);

        Assert.Equal(expected, table.Find(Encoding.UTF8.GetBytes(id), likelySlot));
    }

    [Theory]
    [InlineData("a", "ab")]
    [InlineData("abcdefgh", "abcdefgh1")]
    [InlineData("scénario", "scenario")]
    [InlineData("", "x")]
    public void Find_IdsThatShareAPrefix_AreDistinct(string shorter, string longer)
    {
        var table = new IdTable();
        var a = table.FindOrAdd(Encoding.UTF8.GetBytes(shorter), out _);
        var b = table.FindOrAdd(Encoding.UTF8.GetBytes(longer), out _);

        Assert.NotEqual(a, b);
        Assert.Equal(shorter, table.IdOf(a));
        Assert.Equal(longer, table.IdOf(b));
    }
}
