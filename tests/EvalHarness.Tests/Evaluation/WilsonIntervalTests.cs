using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class WilsonIntervalTests
{
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17:857-872,
    // Table II, method 3 (Wilson score without continuity correction): 81/263 -> 0.2553-0.3662, 15/148 -> 0.0624-0.1605,
    // 0/20 -> 0-0.1611, 1/29 -> 0.0061-0.1718. The rest were computed with the closed form in python3.
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    [InlineData(29, 29, 0.8830, 1.0)]
    [InlineData(0, 1, 0.0, 0.7935)]
    [InlineData(500_000, 1_000_000, 0.4990, 0.5010)]
    public void For_PublishedCases_MatchesToFourDecimals(long successes, long trials, double low, double high)
    {
        var interval = WilsonInterval.For(successes, trials);

        Assert.NotNull(interval);
        Assert.Equal(low, interval.Value.Low, 4);
        Assert.Equal(high, interval.Value.High, 4);
    }

    [Fact]
    public void For_NoTrials_ReturnsNull() =>
        Assert.Null(WilsonInterval.For(0, 0));

    [Fact]
    public void For_WiderQuantile_GivesWiderInterval()
    {
        var narrow = WilsonInterval.For(81, 263)!.Value;

        var wide = WilsonInterval.For(81, 263, z: 2.5758293035489004)!.Value;

        Assert.True(wide.Low < narrow.Low && wide.High > narrow.High);
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(6, 5)]
    [InlineData(0, -1)]
    public void For_ImpossibleCounts_Throws(long successes, long trials) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.For(successes, trials));

    [Fact]
    public void For_NonPositiveQuantile_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.For(1, 2, z: 0));
}
