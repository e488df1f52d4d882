using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice;

public sealed class WarningTests
{
    private static IEnumerable<WarningCode> Codes(string text, long? examples = null) =>
        FrameworkAdvisor.Default.Advise(new Scenario("t", text) { TrainingExamples = examples }).Warnings.Select(w => w.Code);

    [Theory]
    [InlineData("Replies must follow our brand voice.", 25L, WarningCode.TooFewExamples)]
    [InlineData("Replies must follow our brand voice; we have only 30 examples.", null, WarningCode.TooFewExamples)]
    [InlineData("Replies must follow our brand voice.", 75L, WarningCode.AimFor100To500)]
    [InlineData("Replies must follow our brand voice.", 300L, WarningCode.CheckCatastrophicForgetting)]
    [InlineData("We want to fine-tune the model so it learns our product catalog.", null, WarningCode.KnowledgeNeedsRag)]
    [InlineData("A startup wants their chatbot to always respond with structured JSON.", null, WarningCode.TryFewShotFirst)]
    [InlineData("I need a one-off summary of last year's board minutes.", null, WarningCode.OneOffTask)]
    public void Advise_Situation_RaisesWarning(string text, long? examples, WarningCode code) =>
        Assert.Contains(code, Codes(text, examples));

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
