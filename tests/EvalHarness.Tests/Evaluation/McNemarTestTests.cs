using System.Diagnostics;
using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class McNemarTestTests
{
    // Exact binomial sums 2 * sum_{i<=min(b,c)} C(b+c, i) / 2^(b+c) computed with python3 integers (fractions.Fraction),
    // the rows above 10,000 with math.lgamma; b = 1, c = 6 is the textbook case: 2 * (1 + 7) / 2^7 = 0.125.
    [Theory]
    [InlineData(1, 6, 0.125)]
    [InlineData(6, 1, 0.125)]
    [InlineData(0, 0, 1.0)]
    [InlineData(0, 1, 1.0)]
    [InlineData(5, 5, 1.0)]
    [InlineData(2, 10, 0.0386)]
    [InlineData(10, 30, 0.0022)]
    [InlineData(101, 59, 0.0011)]
    [InlineData(4_900, 5_100, 0.0466)]
    [InlineData(49_500, 50_500, 0.0016)]
    [InlineData(499_000, 501_000, 0.0456)]
    public void ExactTwoSidedP_KnownTables_MatchesStatsmodels(long b, long c, double p)
    {
        var actual = McNemarTest.ExactTwoSidedP(b, c);

        Assert.Equal(p, actual, 4);
    }

    [Fact]
    public void ExactTwoSidedP_SmallPValue_KeepsRelativePrecision()
    {
        var actual = McNemarTest.ExactTwoSidedP(0, 25);

        Assert.Equal(1.0, actual / (2.0 / (1 << 25)), 12); // 2 / 2^25, to twelve significant digits
    }

    [Fact]
    public void ExactTwoSidedP_MillionOneSided_UnderflowsToZeroQuickly()
    {
        var clock = Stopwatch.StartNew();

        var p = McNemarTest.ExactTwoSidedP(0, 1_000_000);
        var balanced = McNemarTest.ExactTwoSidedP(499_999, 500_001);

        Assert.Equal(0.0, p);
        Assert.Equal(0.9992, balanced, 4);
        Assert.True(clock.ElapsedMilliseconds < 500, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    [InlineData(long.MaxValue, 1)]
    public void ExactTwoSidedP_ImpossibleCounts_Throws(long b, long c) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => McNemarTest.ExactTwoSidedP(b, c));
}
