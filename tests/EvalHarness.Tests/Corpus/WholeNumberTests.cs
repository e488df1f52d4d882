using System.Text;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public sealed class WholeNumberTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("500", 500L)]
    [InlineData("10000", 10_000L)]
    [InlineData("10,000", 10_000L)]
    [InlineData("1,234,567", 1_234_567L)]
    [InlineData(" 42 ", 42L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("9,223,372,036,854,775,807", long.MaxValue)]
    public void TryParse_WholeNumber_ReadsValue(string text, long expected)
    {
        var parsed = WholeNumber.TryParse(Encoding.UTF8.GetBytes(text), out var value, out _);

        Assert.True(parsed);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_Empty_IsUnknown(string text)
    {
        var parsed = WholeNumber.TryParse(Encoding.UTF8.GetBytes(text), out var value, out _);

        Assert.True(parsed);
        Assert.Null(value);
    }

    [Theory]
    [InlineData("-5", false)]
    [InlineData("+5", false)]
    [InlineData("2.5", false)]
    [InlineData("10.000", false)]
    [InlineData("1,0000", false)]
    [InlineData("1,00", false)]
    [InlineData("1,0,0", false)]
    [InlineData(",100", false)]
    [InlineData("100,", false)]
    [InlineData("1000,000", false)]
    [InlineData("10k", false)]
    [InlineData("1 000", false)]
    [InlineData("9223372036854775808", true)]
    [InlineData("99999999999999999999", true)]
    public void TryParse_NotWholeNumber_Fails(string text, bool expectedTooLarge)
    {
        var parsed = WholeNumber.TryParse(Encoding.UTF8.GetBytes(text), out var value, out var tooLarge);

        Assert.False(parsed);
        Assert.Null(value);
        Assert.Equal(expectedTooLarge, tooLarge);
    }
}
