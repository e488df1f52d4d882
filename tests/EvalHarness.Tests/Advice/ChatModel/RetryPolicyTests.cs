using EvalHarness.Advice.ChatModel;

namespace EvalHarness.Tests.Advice.ChatModel;

public sealed class RetryPolicyTests
{
    private static readonly RetryPolicy Policy = RetryPolicy.Default;

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 1.0, 2000)]
    [InlineData(3, 0.5, 3000)]
    [InlineData(4, 1.0, 8000)]
    [InlineData(6, 1.0, 30_000)]
    [InlineData(40, 0.0, 15_000)]
    public void Delay_DoublesPerRetryWithJitterUpToTheCap(int retry, double jitter, double milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), Policy.Delay(retry, null, jitter));

    [Fact]
    public void Delay_RetryAfter_IsHonouredAsGiven() =>
        Assert.Equal(TimeSpan.FromSeconds(7), Policy.Delay(1, TimeSpan.FromSeconds(7), 0.3));

    [Theory]
    [InlineData(ChatFailureKind.RateLimited, 4)]
    [InlineData(ChatFailureKind.ServerError, 4)]
    [InlineData(ChatFailureKind.Transport, 4)]
    [InlineData(ChatFailureKind.Unreachable, 4)]
    [InlineData(ChatFailureKind.TimedOut, 1)]
    [InlineData(ChatFailureKind.Rejected, 0)]
    [InlineData(ChatFailureKind.Refused, 0)]
    [InlineData(ChatFailureKind.NotFound, 0)]
    [InlineData(ChatFailureKind.OverBudget, 0)]
    [InlineData(ChatFailureKind.UnreadableReply, 0)]
    public void RetriesFor_OnlyWhatCanSucceedOnASecondTry(ChatFailureKind kind, int retries) =>
        Assert.Equal(retries, Policy.RetriesFor(new ChatFailure(kind, "x")));
}
