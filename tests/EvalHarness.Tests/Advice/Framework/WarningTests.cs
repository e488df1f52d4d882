using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice.Framework;

public sealed class WarningTests
{
    private static IEnumerable<WarningCode> Codes(string text, long? examples = null) =>
        FrameworkAdvisor.Default.Advise(new Scenario("t", text) { TrainingExamples = examples }).Warnings.Select(w => w.Code);

    // Every warning the advice gives, in order, so a wrong extra warning fails as surely as a missing one.
    [Theory]
    [InlineData("Replies must follow our brand voice.", 25L, "TooFewExamples")]
    [InlineData("Replies must follow our brand voice; we have only 30 examples.", null, "TooFewExamples")]
    [InlineData("Replies must follow our brand voice.", 75L, "AimFor100To500 CheckCatastrophicForgetting TryFewShotFirst")]
    [InlineData("Replies must follow our brand voice.", 300L, "CheckCatastrophicForgetting TryFewShotFirst")]
    [InlineData("We want to fine-tune the model so it learns our product catalog.", null, "KnowledgeNeedsRag")]
    [InlineData("A startup wants their chatbot to always respond with structured JSON.", null, "CheckCatastrophicForgetting TryFewShotFirst")]
    [InlineData("I need a one-off summary of last year's board minutes.", null, "OneOffTask")]
    public void Advise_Situation_RaisesExactlyTheseWarnings(string text, long? examples, string codes) =>
        Assert.Equal(codes.Split(' ').Select(Enum.Parse<WarningCode>), Codes(text, examples));

    [Theory]
    [InlineData("Few-shot prompting works, but the JSON format drifts at millions of calls a day.", WarningCode.TryFewShotFirst)]
    [InlineData("Answer from our internal wiki.", WarningCode.CheckCatastrophicForgetting)]
    [InlineData("Replies must follow our brand voice.", WarningCode.TooFewExamples)]
    public void Advise_Situation_OmitsWarning(string text, WarningCode code) =>
        Assert.DoesNotContain(code, Codes(text));

    [Fact]
    public void Advise_Warnings_AreInEnumOrderWithOneSentenceEach()
    {
        var advice = FrameworkAdvisor.Default.Advise(new Scenario("t", "A one-off demo must always answer in our brand voice and JSON.") { TrainingExamples = 10 });

        Assert.Equal(advice.Warnings.Select(w => w.Code).Order(), advice.Warnings.Select(w => w.Code));
        Assert.All(advice.Warnings, w => Assert.Single(w.Message.Split(". ")));
        Assert.Contains("holdout set of general tasks",
            AdviceWarningsText(WarningCode.CheckCatastrophicForgetting), StringComparison.Ordinal);
    }

    private static string AdviceWarningsText(WarningCode code) =>
        AdviceWarnings.For(AdviceWarnings.Bit(code)).Single().Message;
}
