using System.Text;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public sealed class Utf8FieldTests
{
    [Theory]
    [InlineData("q1", "q1")]
    [InlineData("  q1\t", "q1")]
    [InlineData("\u00A0q1\u3000", "q1")]
    [InlineData("q 1", "q 1")]
    [InlineData(" \t ", "")]
    [InlineData("", "")]
    [InlineData(" é ", "é")]
    public void Trim_Value_TrimsAsStringTrimDoes(string value, string expected)
    {
        var trimmed = Utf8Field.Trim(Encoding.UTF8.GetBytes(value));

        Assert.Equal(expected, Encoding.UTF8.GetString(trimmed));
        Assert.Equal(value.Trim(), Encoding.UTF8.GetString(trimmed));
    }
}
