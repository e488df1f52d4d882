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
        Assert.StartsWith("Approach: fine-tuning\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  1. Can prompting solve it? no\n       score 0, threshold 2; outweighed by fine-tuning 6; beats knowledge 0\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  2. Is it a style, format or persona problem? yes\n       score 6, threshold 2; beats knowledge 0\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("+ cue.format.json \"JSON\" (+3)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Reasons to fine-tune: consistent-format\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  ! try-few-shot-first: ", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A news site wants answers about articles published today.", "Approach: rag\n")]
    [InlineData("Few-shot prompting already works well for our JSON summaries.", "Approach: prompting (use-prompting)\n")]
    [InlineData("We want a chatbot for our website.", "Approach: prompting (prompt-engineer-harder)\n")]
    public void Advise_Approach_NamesTheLeafOnlyWhereItSaysMore(string text, string first)
    {
        var run = CliRun.Of("advise", text);

        Assert.StartsWith(first, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("rag (rag)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_PromptingAdvised_ListsReasonsToFineTuneAsWouldApply()
    {
        var run = CliRun.Of("advise", "Few-shot prompting already works well for our JSON summaries.");

        Assert.Contains("       score 4, threshold 2; beats fine-tuning's cost reasons 0 (compared with the threshold 2); beats knowledge 0\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Reasons to fine-tune: none advised; would apply if prompting fell short: consistent-format\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_KnowledgeBelowTheThreshold_SaysWhyItIsBeaten()
    {
        var run = CliRun.Of("advise", "Turn each request into our fixed JSON format, using the column names of that user's table. We have no logged examples yet.");

        Assert.StartsWith("Approach: prompting (use-prompting)\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("; beats knowledge 1 (below the threshold 2)\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_OneOffTask_SaysWhyFineTuningIsNotWeighed()
    {
        var run = CliRun.Of("advise", "A one-time migration: convert 300 old XML config files to YAML.");

        Assert.StartsWith("Approach: prompting (use-prompting)\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("       A one-off task: neither a tuned model nor a retrieval pipeline pays off, so no rival is weighed; what it needs goes in the prompt.\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("+ cue.one-off.one-time \"one-time\" (+3)\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_AdvisorWithoutScores_PrintsItsPathWithoutScoreLines()
    {
        var fixedAdvisor = new FixedAdvisor(new Dictionary<string, Approach> { ["cli"] = Approach.Rag });

        var (code, output, _) = CliRun.In(Path.GetTempPath(), fixedAdvisor, ["advise", "Anything."]);

        Assert.Equal(0, code);
        Assert.Equal("Approach: rag\n\nPath:\n  1. Can prompting solve it? no\n       + cue.test.fired \"phrase\" (+1)\n\nReasons to fine-tune: none\nWarnings: none\n", output);
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
    public void Advise_SystemPromptInTheText_CostsItAndPrintsTheAssumptions()
    {
        var run = CliRun.Of("advise", "Our support assistant runs on a 3,000-token system prompt and answers 10,000 requests a day of 200 tokens each, always in our brand voice.");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  prompted (large model, long system prompt):     $160.00/day\n", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            "  assumed: the prompted model at $5.00 per 1M input tokens with a 3,000-token system prompt (stated in the text),\n" +
            "           the fine-tuned model at $0.30 per 1M with a 50-token one, a 30-day month\n",
            run.Output, StringComparison.Ordinal);
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
    [InlineData("--daily-requests", "-1", "'-1' must be a whole number of 0 or more; write digits such as 10000 or 10,000")]
    [InlineData("--tokens-per-request", "-200", "'-200' must be a whole number of 0 or more; write digits such as 10000 or 10,000")]
    [InlineData("--training-examples", "-3", "'-3' must be a whole number of 0 or more; write digits such as 10000 or 10,000")]
    [InlineData("--training-examples", "many", "'many' must be a whole number of 0 or more; write digits such as 10000 or 10,000")]
    // The corpus's rules: '.' never separates thousands, a count has no decimals, and one too large says so.
    [InlineData("--daily-requests", "10.000", "'10.000' must be a whole number of 0 or more; '.' does not separate thousands here: write 10000 or 10,000")]
    [InlineData("--daily-requests", "10.5", "'10.5' must be a whole number of 0 or more; write digits such as 10000 or 10,000")]
    [InlineData("--daily-requests", "1e4", "'1e4' must be a whole number of 0 or more; write digits such as 10000 or 10,000")]
    [InlineData("--daily-requests", "99999999999999999999", "'99999999999999999999' is too large; the largest accepted is 9,223,372,036,854,775,807")]
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
        Assert.StartsWith("error: Required argument 'text' missing for command: 'advise'\n", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Advise_BlankText_IsUsageErrorNotAdvice(string text)
    {
        var run = CliRun.Of("advise", text);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(
            "error: advise needs the scenario's text, such as eval-harness advise \"Always answer in JSON.\"\n" +
            "Run 'eval-harness advise --help' for usage.\n",
            run.Error);
    }

    [Fact]
    public void Advise_WordsNotInQuotes_SaysToQuoteTheText()
    {
        var run = CliRun.Of("advise", "Always", "answer", "in", "JSON.");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: unexpected argument 'answer' for 'advise'; put a text with spaces in quotes\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_CountWithThousandsSeparator_ReadsAsTheCorpusDoes()
    {
        var grouped = CliRun.Of("advise", "Always answer in JSON.", "--daily-requests", "10,000", "--tokens-per-request", "200");
        var plain = CliRun.Of("advise", "Always answer in JSON.", "--daily-requests", "10000", "--tokens-per-request", "200");

        Assert.Equal(0, grouped.ExitCode);
        Assert.Equal(plain.Output, grouped.Output);
        Assert.Contains("Cost at 10,000 requests/day", grouped.Output, StringComparison.Ordinal);
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
