using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Advice.Framework.Scanning;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice.Framework;

public sealed class TextFactsTests
{
    private static TextFacts Read(string text)
    {
        var folded = new char[text.Length];
        var length = TextFolder.Fold(text, folded);
        var hits = new CueHit[256];
        var numbers = new NumberHit[FrameworkAdvisor.MaxNumbers]; // the advisor's own capacity
        var count = CueScanner.Scan(folded.AsSpan(0, length), CueCatalog.Trie, hits, numbers, out var numberCount);
        return TextFacts.Read(hits.AsSpan(0, count), numbers.AsSpan(0, numberCount));
    }

    [Theory]
    [InlineData("We serve 3 million requests a day.", 3_000_000L)]
    [InlineData("About 200 emails a week arrive.", 29L)] // 28.57 rounded half away from zero.
    [InlineData("The API takes 50,000 calls per hour.", 1_200_000L)]
    [InlineData("We answer 10k tickets a month.", 333L)]
    [InlineData("It handles 2.5m queries daily.", 2_500_000L)]
    [InlineData("Roughly 7,000 daily requests.", 7_000L)]
    [InlineData("We get 365 questions a year.", 1L)]
    [InlineData("Requests: 3 million, but no rate given.", null)]
    public void Read_RequestRate_NormalisesToPerDay(string text, long? expected) =>
        Assert.Equal(expected, Read(text).DailyRequests);

    [Theory]
    [InlineData("We have only 25 examples.", 25L)]
    [InlineData("There are 1,500 labeled examples in the archive.", 1_500L)]
    [InlineData("About 80 hand-written samples exist.", 80L)]
    [InlineData("Our team of 25 people wrote the guide.", null)]
    public void Read_TrainingExamples_ReadsCount(string text, long? expected) =>
        Assert.Equal(expected, Read(text).TrainingExamples);

    [Theory]
    [InlineData("We send a 1,800-token system prompt.", 1_800L, null)]
    [InlineData("Our system prompt is about 2,000 tokens long.", 2_000L, null)]
    [InlineData("Each request is about 200 tokens.", null, 200L)]
    [InlineData("Inputs average 300 tokens per request.", null, 300L)]
    public void Read_Tokens_TellsSystemPromptFromRequest(string text, long? systemPrompt, long? perRequest)
    {
        var facts = Read(text);

        Assert.Equal(systemPrompt, facts.SystemPromptTokens);
        Assert.Equal(perRequest, facts.TokensPerRequest);
    }

    [Fact]
    public void Advise_LongSystemPromptInText_GivesShorterPromptsReason()
    {
        var advice = FrameworkAdvisor.Default.Advise(new Scenario("t", "Every call carries a 1,800-token system prompt."));

        Assert.Contains(FineTuneReason.ShorterPrompts, advice.Reasons);
        Assert.Contains(advice.Path.SelectMany(s => s.Evidence), e => e is { Rule: "fact.system-prompt-tokens", Found: "system_prompt_tokens=1800", Weight: 3 });
    }

    [Fact]
    public void Advise_RateAndTokensInText_GivesCost()
    {
        var advice = FrameworkAdvisor.Default.Advise(new Scenario("t", "We get 10,000 requests a day of about 200 tokens each, formatted as JSON."));

        Assert.NotNull(advice.Cost);
        Assert.Equal(35.00m, advice.Cost.PromptedDailyCost);
        Assert.Equal(0.75m, advice.Cost.FineTunedDailyCost);
    }
}
