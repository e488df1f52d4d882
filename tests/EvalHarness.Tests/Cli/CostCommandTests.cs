namespace EvalHarness.Tests.Cli;

public sealed class CostCommandTests
{
    [Fact]
    public void Cost_CourseExample_PrintsCourseFigures()
    {
        var run = CliRun.Of("cost", "--daily-requests", "10000", "--tokens-per-request", "200");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "Cost at 10,000 requests/day x 200 tokens:\n" +
            "  prompted (large model, long system prompt):     $35.00/day\n" +
            "  fine-tuned (small model, short system prompt):  $0.75/day\n" +
            "  saved by fine-tuning:                           $1,027.50/month ($34.25/day)\n" +
            "  assumed: the prompted model at $5.00 per 1M input tokens with a 500-token system prompt (the course's),\n" +
            "           the fine-tuned model at $0.30 per 1M with a 50-token one, a 30-day month\n",
            run.Output);
    }

    [Theory]
    [InlineData("--prompted-price-per-million", "2.5", "$17.50/day", "$0.75/day", "$502.50/month")]
    [InlineData("--prompted-system-tokens", "0", "$10.00/day", "$0.75/day", "$277.50/month")]
    [InlineData("--fine-tuned-price-per-million", "0.60", "$35.00/day", "$1.50/day", "$1,005.00/month")]
    [InlineData("--fine-tuned-system-tokens", "0", "$35.00/day", "$0.60/day", "$1,032.00/month")]
    public void Cost_Override_ChangesFigures(string option, string value, string prompted, string tuned, string monthly)
    {
        var run = CliRun.Of("cost", "--daily-requests", "10000", "--tokens-per-request", "200", option, value);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(prompted, run.Output, StringComparison.Ordinal);
        Assert.Contains(tuned, run.Output, StringComparison.Ordinal);
        Assert.Contains(monthly, run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "with a 500-token system prompt (the course's),")]
    [InlineData(new[] { "--prompted-system-tokens", "3,000" }, "with a 3,000-token system prompt (given),")]
    public void Cost_PrintsTheAssumptionsItUsed(string[] extra, string prompted)
    {
        var run = CliRun.Of(["cost", "--daily-requests", "10,000", "--tokens-per-request", "200", .. extra]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"  assumed: the prompted model at $5.00 per 1M input tokens {prompted}\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("           the fine-tuned model at $0.30 per 1M with a 50-token one, a 30-day month\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cost_UnderGermanCulture_StaysInvariant()
    {
        using var culture = new CultureScope("de-DE");

        Assert.Contains("$1,027.50/month", CliRun.Of("cost", "--daily-requests", "10000", "--tokens-per-request", "200").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--daily-requests", "-10000", "'-10000' must be a whole number of 0 or more")]
    [InlineData("--prompted-price-per-million", "-5", "'-5' must be 0 or more")]
    [InlineData("--fine-tuned-system-tokens", "-1", "'-1' must be a whole number of 0 or more")]
    // Read as the corpus reads counts: '10.000' is not ten (it was, through the invariant culture's decimal point).
    [InlineData("--daily-requests", "10.000", "'10.000' must be a whole number of 0 or more; '.' does not separate thousands here: write 10000 or 10,000")]
    [InlineData("--daily-requests", "10.5", "'10.5' must be a whole number of 0 or more; write digits such as 10000 or 10,000")]
    [InlineData("--tokens-per-request", "99999999999999999999", "'99999999999999999999' is too large; the largest accepted is 9,223,372,036,854,775,807")]
    // A decimal comma is not a thousands separator in a price: '0,30' was read as thirty dollars.
    [InlineData("--fine-tuned-price-per-million", "0,30", "'0,30' must be a number such as 0.30, with '.' before the decimals")]
    public void Cost_NumberBreakingTheRules_IsUsageError(string option, string value, string problem)
    {
        string[] args = ["cost", "--daily-requests", "10000", "--tokens-per-request", "200"];
        var index = Array.IndexOf(args, option);
        args = index >= 0 ? [.. args[..(index + 1)], value, .. args[(index + 2)..]] : [.. args, option, value];

        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith($"error: {option} {problem}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cost_MissingRequiredOption_IsUsageError()
    {
        var run = CliRun.Of("cost", "--daily-requests", "10000");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--tokens-per-request", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cost_CountsTooLargeForAnyCost_IsUsageErrorNotACrash()
    {
        var run = CliRun.Of("cost", "--daily-requests", "9223372036854775807", "--tokens-per-request", "9223372036854775807");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("the costs are too large to compute", run.Error, StringComparison.Ordinal);
    }
}
