using EvalHarness.Advice;

namespace EvalHarness.Tests.Advice;

public sealed class CostModelTests
{
    [Fact]
    public void Compare_CourseExample_GivesCourseFigures()
    {
        var cost = CostModel.Compare(10_000, 200);

        Assert.Equal(35.00m, cost.PromptedDailyCost);
        Assert.Equal(0.75m, cost.FineTunedDailyCost);
        Assert.Equal(34.25m, cost.DailySavings);
        Assert.Equal(1_027.50m, cost.MonthlySavings);
    }

    [Fact]
    public void Compare_KeepsTheAssumptionsItUsed()
    {
        var assumptions = new CostAssumptions(PromptedSystemTokens: 3_000);

        var cost = CostModel.Compare(10_000, 200, assumptions);

        Assert.Same(assumptions, cost.Assumptions);
        Assert.Equal(160.00m, cost.PromptedDailyCost);
        Assert.False(cost.PromptedSystemTokensStated);
    }

    [Theory]
    [InlineData("Our support assistant runs on a 3,000-token system prompt and answers 10,000 requests a day of 200 tokens each, always in our brand voice.", 3_000, 160.00, true)]
    [InlineData("Our support assistant answers 10,000 requests a day of 200 tokens each, always in our brand voice.", 500, 35.00, false)]
    public void Advise_SystemPromptStatedInTheText_IsWhatTheCostUses(string text, long promptTokens, double promptedDaily, bool stated)
    {
        var cost = EvalHarness.Advice.Framework.FrameworkAdvisor.Default.Advise(new EvalHarness.Corpus.Scenario("s", text)).Cost!;

        Assert.Equal(promptTokens, cost.Assumptions!.PromptedSystemTokens);
        Assert.Equal(stated, cost.PromptedSystemTokensStated);
        Assert.Equal((decimal)promptedDaily, cost.PromptedDailyCost);
        Assert.Equal(CostAssumptions.CourseFineTunedSystemTokens, cost.Assumptions.FineTunedSystemTokens);
    }

    [Theory]
    [InlineData(1_000, 100, 2.5, 500, 0.10, 50, 1.5, 0.015, 44.55)]
    [InlineData(10_000, 200, 5, 0, 0.30, 0, 10, 0.6, 282)]
    [InlineData(0, 200, 5, 500, 0.30, 50, 0, 0, 0)]
    public void Compare_Overrides_UsesThem(long daily, long tokens, double promptedPrice, long promptedSystem,
        double tunedPrice, long tunedSystem, double prompted, double tuned, double monthly)
    {
        var assumptions = new CostAssumptions((decimal)promptedPrice, promptedSystem, (decimal)tunedPrice, tunedSystem);

        var cost = CostModel.Compare(daily, tokens, assumptions);

        Assert.Equal((decimal)prompted, cost.PromptedDailyCost);
        Assert.Equal((decimal)tuned, cost.FineTunedDailyCost);
        Assert.Equal((decimal)monthly, cost.MonthlySavings);
    }

    [Fact]
    public void DailyCost_RandomFigures_IsTheDecimalArithmeticsVeryValue()
    {
        var random = new Random(12);
        decimal[] prices = [5m, 0.30m, 0.3m, 2.50m, 0m, 0.000001m, 1.000m, 15m, 0.15m, 0.075m, 79228162514264337593543950335m];
        for (var i = 0; i < 200_000; i++)
        {
            // Magnitudes from none to past what the integer path takes, so both paths and their border are crossed.
            var requests = Figure(random, 16);
            var tokens = Figure(random, 12);
            var system = Figure(random, 6);
            var price = i % 3 == 0 ? prices[random.Next(prices.Length)] : new decimal(random.Next(), 0, 0, false, (byte)random.Next(0, 8));

            var expected = Exactly(() => CostModel.DecimalDailyCost(requests, tokens, system, price));
            var actual = Exactly(() => CostModel.DailyCost(requests, tokens, system, price));

            Assert.True(expected == actual, $"{requests} x ({tokens} + {system}) x {price}: {actual} against {expected}");
        }
    }

    [Theory]
    [InlineData(long.MaxValue, long.MaxValue, long.MaxValue)]
    [InlineData(long.MaxValue, 0, 0)]
    [InlineData(0, long.MaxValue, 500)]
    [InlineData(3_000_000, 200, 1_800)]
    [InlineData(999_999, 1, 0)]
    public void DailyCost_EdgeFigures_IsTheDecimalArithmeticsVeryValue(long requests, long tokens, long system)
    {
        foreach (var price in new[] { 5m, 0.30m, 0.000001m })
            Assert.Equal(Exactly(() => CostModel.DecimalDailyCost(requests, tokens, system, price)),
                Exactly(() => CostModel.DailyCost(requests, tokens, system, price)));
    }

    // The decimal's bits, scale included (35.00 and 35 are equal decimals but print differently), or the overflow.
    private static string Exactly(Func<decimal> cost)
    {
        try
        {
            return string.Join(',', decimal.GetBits(cost()));
        }
        catch (OverflowException)
        {
            return "overflow";
        }
    }

    private static long Figure(Random random, int maxDigits) =>
        random.Next(10) == 0 ? 0 : random.NextInt64((long)Math.Pow(10, random.Next(1, maxDigits + 1)));

    [Fact]
    public void Compare_NegativeInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CostModel.Compare(-1, 200));
        Assert.Throws<ArgumentOutOfRangeException>(() => CostModel.Compare(1, 200, new CostAssumptions(PromptedPricePerMillion: -5m)));
    }

    [Fact]
    public void CourseAssumptions_AreTheCourseFigures()
    {
        var course = CostAssumptions.Course;

        Assert.Equal((5m, 500L, 0.30m, 50L),
            (course.PromptedPricePerMillion, course.PromptedSystemTokens, course.FineTunedPricePerMillion, course.FineTunedSystemTokens));
    }

    [Theory]
    [InlineData(long.MaxValue, long.MaxValue, false)] // 8.5e37 token-requests: beyond a decimal
    [InlineData(1_000_000_000_000, 1_000_000_000_000, true)] // 1e24 tokens a day: large, but representable
    [InlineData(10_000, long.MaxValue, true)] // the system prompt is added without wrapping around
    public void TryCompare_HugeCounts_FailsOnlyWhenNoDecimalHoldsTheCost(long daily, long tokens, bool expected)
    {
        var ok = CostModel.TryCompare(daily, tokens, null, out var cost);

        Assert.Equal(expected, ok);
        Assert.Equal(expected, cost is not null);
        if (cost is not null)
            Assert.True(cost.PromptedDailyCost > cost.FineTunedDailyCost);
    }

    [Fact]
    public void Compare_CountsBeyondADecimal_ThrowsOverflow()
    {
        Assert.Throws<OverflowException>(() => CostModel.Compare(long.MaxValue, long.MaxValue));
    }
}
