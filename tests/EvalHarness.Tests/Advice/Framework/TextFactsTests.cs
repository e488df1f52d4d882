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
        var drops = new int[text.Length];
        var length = TextFolder.Fold(text, folded, drops, out var dropCount);
        var hits = new CueHit[256];
        var numbers = new NumberHit[FrameworkAdvisor.MaxNumbers]; // the advisor's own capacity
        var count = CueScanner.Scan(folded.AsSpan(0, length), CueCatalog.Trie, hits, numbers, out var numberCount);
        return TextFacts.Read(hits.AsSpan(0, count), numbers.AsSpan(0, numberCount), folded.AsSpan(0, length), text, new FoldMap(drops.AsSpan(0, dropCount)));
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
    // Numbers written in words, multipliers included.
    [InlineData("We answer twenty emails a day.", 20L)]
    [InlineData("It takes two million calls a day.", 2_000_000L)]
    [InlineData("Volume is a few hundred reports a week.", 43L)]
    public void Read_RequestRate_NormalisesToPerDay(string text, long? expected) =>
        Assert.Equal(expected, Read(text).DailyRequests);

    [Theory]
    // Things done at a rate count as requests whatever they are called, as long as they are things.
    [InlineData("I write about two proposals a week.", 0L)]
    [InlineData("We file 1,400 declarations per day.", 1_400L)]
    [InlineData("About ten a month, at most.", 0L)]
    [InlineData("Some 20,000 letters go out each month.", 667L)]
    // Money, shares, time and people at a rate are no requests; nor is a size in another clause than the rate.
    [InlineData("Fixing them by hand costs $50 a day.", null)]
    [InlineData("Hosting costs EUR 890 a month.", null)]
    [InlineData("The error rate drops 5% a month.", null)]
    [InlineData("Nurses spend 3 hours a day searching.", null)]
    [InlineData("We hire 4 engineers a year.", null)]
    [InlineData("The catalogue of 420k items, which changes every day, is ours.", null)]
    // A bare unit of time ("day") is a rate only beside a unit of requests ("requests/day").
    [InlineData("We have 5 reviewers and one day to ship.", null)]
    // A rate of one word is as often an adjective; a number in a name is no count.
    [InlineData("We send 3 reminders in the weekly newsletter.", null)]
    [InlineData("We call GPT-4 twice a week.", null)]
    public void Read_ThingsDoneAtARate_CountAsRequests(string text, long? expected) =>
        Assert.Equal(expected, Read(text).DailyRequests);

    [Theory]
    [InlineData("We have only 25 examples.", 25L)]
    [InlineData("There are 1,500 labeled examples in the archive.", 1_500L)]
    [InlineData("About 80 hand-written samples exist.", 80L)]
    [InlineData("Our team of 25 people wrote the guide.", null)]
    // A few examples counted in words are a prompt's few-shot examples; hundreds are a training set.
    [InlineData("The prompt carries six worked examples.", null)]
    [InlineData("Nobody has tried asking with two or three examples.", null)]
    [InlineData("We have a few hundred labelled examples.", 300L)]
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
