using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class NewcombeIntervalTests
{
    [Fact]
    public void ForDifference_CavoExample_MatchesContingencyTables()
    {
        // contingencytables' test-ch8.R: n = [[59, 6], [16, 80]] gives base minus new -0.0621 (95% CI -0.1186 to -0.0046);
        // new minus base is the same interval negated.
        var interval = NewcombeInterval.ForDifference(bothRight: 59, regressed: 6, fixedNow: 16, bothWrong: 80)!.Value;

        Assert.Equal(0.0046, interval.Low, 4);
        Assert.Equal(0.1186, interval.High, 4);
    }

    [Theory]
    [InlineData(100, 0, 0, 0)]
    [InlineData(0, 0, 0, 10)]
    [InlineData(90, 0, 0, 10)]
    [InlineData(0, 5, 0, 0)]
    [InlineData(0, 0, 7, 0)]
    public void ForDifference_NothingOrEverythingFlipped_StaysInsideMinusOneToOneAndHoldsTheDifference(long a, long b, long c, long d)
    {
        var interval = NewcombeInterval.ForDifference(a, b, c, d)!.Value;
        var difference = (double)(c - b) / (a + b + c + d);

        Assert.InRange(interval.Low, -1, difference);
        Assert.InRange(interval.High, difference, 1);
        Assert.True(interval.High > interval.Low, "an interval keeps a width even when nothing flipped");
    }

    [Fact]
    public void ForDifference_MorePairs_GivesANarrowerInterval()
    {
        var small = NewcombeInterval.ForDifference(40, 2, 6, 2)!.Value;
        var large = NewcombeInterval.ForDifference(400, 20, 60, 20)!.Value;

        Assert.True(large.High - large.Low < small.High - small.Low);
    }

    [Fact]
    public void ForDifference_NoPairs_IsNull() => Assert.Null(NewcombeInterval.ForDifference(0, 0, 0, 0));

    [Fact]
    public void ForDifference_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NewcombeInterval.ForDifference(1, -1, 0, 0));
}
