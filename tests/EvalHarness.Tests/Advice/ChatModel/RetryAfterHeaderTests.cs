using EvalHarness.Advice.ChatModel;

namespace EvalHarness.Tests.Advice.ChatModel;

public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2015, 10, 21, 7, 28, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, "1", 1000)]
    [InlineData(null, "0", 0)]
    [InlineData(null, " 2.5 ", 2500)]
    [InlineData(null, "Wed, 21 Oct 2015 07:28:30 GMT", 30_000)]
    [InlineData(null, "Wed, 21 Oct 2015 07:27:00 GMT", 0)]
    [InlineData("250", "7", 250)]
    [InlineData("1500.5", null, 1500.5)]
    public void Read_SecondsDatesAndMilliseconds_GiveTheWait(string? retryAfterMs, string? retryAfter, double milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), RetryAfterHeader.Read(retryAfterMs, retryAfter, Now));

    [Theory]
    [InlineData(null, null)]
    [InlineData(null, "")]
    [InlineData(null, "soon")]
    [InlineData(null, "-5")]
    [InlineData("x", null)]
    public void Read_NothingUsable_IsNull(string? retryAfterMs, string? retryAfter) =>
        Assert.Null(RetryAfterHeader.Read(retryAfterMs, retryAfter, Now));
}
