using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class StringIndexTests
{
    [Theory]
    [InlineData("b", 1)]
    [InlineData("a", 0)] // listed twice: the first position
    [InlineData("missing", -1)]
    [InlineData("", -1)]
    public void IndexOf_Value_GivesItsFirstPosition(string value, int expected)
    {
        var index = new StringIndex(["a", "b", "c", "a"]);

        // Asked twice, by an equal string that is not the listed instance, and then by the remembered one.
        var copy = new string(value.AsSpan());
        Assert.Equal(expected, index.IndexOf(copy));
        Assert.Equal(expected, index.IndexOf(copy));
    }

    [Fact]
    public void IndexOf_ManyStringsSharingRememberedSlots_StaysRight()
    {
        var values = Enumerable.Range(0, 1_000).Select(i => $"rule.{i}").ToArray();
        var index = new StringIndex(values);

        for (var round = 0; round < 3; round++)
            for (var i = 0; i < values.Length; i += 7)
                Assert.Equal(i, index.IndexOf(round == 1 ? values[i] : new string(values[i].AsSpan())));
    }
}
