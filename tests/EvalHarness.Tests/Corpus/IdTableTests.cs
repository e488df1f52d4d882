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

    [Theory]
    [InlineData("sorted", 1)]
    [InlineData("sorted-runs", 2)]
    [InlineData("reversed", 3)]
    [InlineData("shuffled", 4)]
    [InlineData("sorted-then-earlier", 5)]
    [InlineData("sorted-then-shuffled", 6)]
    public void FindOrAdd_IdsInAnyOrder_AgreesWithADictionary(string order, int seed)
    {
        var ids = IdsInOrder(order, new Random(seed));
        var table = new IdTable();
        var model = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var id in ids)
        {
            var expected = model.TryGetValue(id, out var known) ? (known, false) : (model[id] = model.Count, true);
            var slot = table.FindOrAdd(Encoding.UTF8.GetBytes(id), out var added);
            Assert.Equal(expected, (slot, added));
        }

        Assert.Equal(model.Count, table.Count);
        foreach (var (id, slot) in model)
        {
            Assert.Equal(id, table.IdOf(slot));
            Assert.Equal(slot, table.Find(Encoding.UTF8.GetBytes(id)));
        }
        Assert.Equal(-1, table.Find("syn-x"u8));
    }

    [Fact]
    public void Find_ManyLookupsOnASortedTable_GiveTheSameSlotsBeforeAndAfterTheIndexIsBuilt()
    {
        var table = new IdTable();
        for (var i = 0; i < 5_000; i += 2)
            table.FindOrAdd(Encoding.UTF8.GetBytes($"syn-{i:D7}"), out _);

        // Lookups of present and absent ids, far more than a sorted table answers by binary search.
        for (var round = 0; round < 2; round++)
            for (var i = 0; i < 5_000; i += 7)
                Assert.Equal(i % 2 == 0 ? i / 2 : -1, table.Find(Encoding.UTF8.GetBytes($"syn-{i:D7}")));
    }

    [Fact]
    public void Find_FromSeveralThreadsOnASortedTable_FindsEveryId()
    {
        var table = new IdTable();
        for (var i = 0; i < 20_000; i++)
            table.FindOrAdd(Encoding.UTF8.GetBytes($"syn-{i:D7}"), out _);

        var wrong = 0;
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if (table.Find(Encoding.UTF8.GetBytes($"syn-{i:D7}")) != i)
                Interlocked.Increment(ref wrong);
        });

        Assert.Equal(0, wrong);
    }

    private static List<string> IdsInOrder(string order, Random random)
    {
        var sorted = Enumerable.Range(0, 3_000).Select(i => $"syn-{i:D7}").ToList();
        var shuffled = sorted.OrderBy(_ => random.Next()).ToList();
        return order switch
        {
            "sorted" => sorted,
            // Each id on one to three rows in a row, as a panel's labels come.
            "sorted-runs" => sorted.SelectMany(id => Enumerable.Repeat(id, random.Next(1, 4))).ToList(),
            "reversed" => Enumerable.Reverse(sorted).ToList(),
            "shuffled" => shuffled.Concat(shuffled.Take(500)).ToList(),
            "sorted-then-earlier" => [.. sorted, "syn-0000017", "syn-0000017", "syn-0000002", .. sorted.Take(40)],
            "sorted-then-shuffled" => [.. sorted.Take(1_000), .. shuffled, "zzz", "aaa"],
            _ => throw new ArgumentOutOfRangeException(nameof(order)),
        };
    }
}
