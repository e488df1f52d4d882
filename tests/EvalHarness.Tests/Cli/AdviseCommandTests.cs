using System.Text.Json;
using EvalHarness.Corpus;
using EvalHarness.Tests.Evaluation;

namespace EvalHarness.Tests.Cli;

public sealed class AdviseCommandTests
{
    [Fact]
    public void Advise_QuizQuestion_PrintsApproachPathReasonsAndWarnings()
    {
        var run = CliRun.Of("advise", "A startup wants their chatbot to always respond with structured JSON.");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.StartsWith("Approach: fine-tuning (fine-tune)\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  1. Can prompting solve it? no\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  2. Is it a style, format or persona problem? yes\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("+ cue.format.json \"json\" (+3)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Reasons to fine-tune: consistent-format\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  ! try-few-shot-first: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_WithFacts_PrintsCost()
    {
        var run = CliRun.Of("advise", "Always answer in JSON.", "--daily-requests", "10000", "--tokens-per-request", "200");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("$35.00/day", run.Output, StringComparison.Ordinal);
        Assert.Contains("$0.75/day", run.Output, StringComparison.Ordinal);
        Assert.Contains("$1,027.50/month", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_Json_WritesMachineReadableAdvice()
    {
        var run = CliRun.Of("advise", "A medical company wants their chatbot to know the latest drug interactions.", "--training-examples", "20", "--json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("rag", document.RootElement.GetProperty("approach").GetString());
        Assert.Equal("too-few-examples", document.RootElement.GetProperty("warnings")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("--daily-requests", "-1", "must be zero or more, got -1.")]
    [InlineData("--tokens-per-request", "-200", "must be zero or more, got -200.")]
    [InlineData("--training-examples", "-3", "must be zero or more, got -3.")]
    [InlineData("--training-examples", "many", "must be a number, got 'many'.")]
    public void Advise_BadNumber_IsUsageError(string option, string value, string problem)
    {
        var run = CliRun.Of("advise", "Always answer in JSON.", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith($"error: {option} {problem}\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_NoText_IsUsageError()
    {
        var run = CliRun.Of("advise");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: Required argument 'text' missing for command: 'advise'.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_AdvisorThrows_Exits3WithItsMessage()
    {
        var failing = new FixedAdvisor(new Dictionary<string, Approach>(), failOn: "cli");

        var (code, output, error) = CliRun.In(Path.GetTempPath(), failing, ["advise", "Always answer in JSON."]);

        Assert.Equal(3, code);
        Assert.Equal("error: the advisor failed on scenario 'cli': threw InvalidOperationException: boom\n", error);
        Assert.Equal("", output);
    }
}
