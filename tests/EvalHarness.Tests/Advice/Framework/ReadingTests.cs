using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice.Framework;

/// <summary>
/// The advisor reads the structure of a sentence, not only its words: what a word modifies, what a choice is among,
/// what the scenario wants apart from its background, and how far a negation or contrast reaches. The examples are
/// written for these tests, in the way the examples are put; none comes from the blind or the public set.
/// </summary>
public sealed class ReadingTests
{
    private static ScenarioAdvice Advise(string text) => FrameworkAdvisor.Default.Advise(new Scenario("t", text));

    private static Evidence EvidenceOf(ScenarioAdvice advice, string rule) => advice.Path.SelectMany(s => s.Evidence).First(e => e.Rule == rule);

    [Theory]
    // "internal", "private", "proprietary" make knowledge only of what they modify: a label set or a style is not knowledge.
    [InlineData("Classify each incoming ticket into exactly one of twelve fixed internal categories.", Leaf.FineTune)]
    [InlineData("Our proprietary style guide says how every headline must be written.", Leaf.FineTune)]
    [InlineData("Route every message to one of our eight internal teams.", Leaf.FineTune)]
    [InlineData("Staff need answers drawn from our internal documents and policies.", Leaf.Rag)]
    [InlineData("The assistant must answer from our proprietary research reports.", Leaf.Rag)]
    [InlineData("The handbook is internal, and staff keep asking the bot what it says about leave.", Leaf.Rag)]
    // In a compound the last noun is the head: "catalogue categories" are categories, "policy documents" are documents.
    [InlineData("Map each product to one of 300 catalogue categories.", Leaf.FineTune)]
    [InlineData("Reply with the database schema's field names filled in.", Leaf.FineTune)]
    public void Advise_Modifier_CountsForWhatItModifies(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_ModifierOfALabelSet_SaysWhatItModifies()
    {
        var advice = Advise("Tag each reply with one of our internal Categories; replies must also cite the wiki.");

        var internalCue = EvidenceOf(advice, "cue.private.internal");
        Assert.Equal(0, internalCue.Weight);
        Assert.Equal(3, internalCue.TableWeight);
        Assert.Equal("cue.private.internal \"internal\" (+3, modifies 'Categories', not knowledge → 0)", internalCue.ToString());
        Assert.Equal(6, advice.Path[2].Score); // "cite" and "wiki"; "internal" adds nothing
    }

    [Theory]
    // Choosing among functions, tools or actions is a fixed set of answers, like a label set: a format problem.
    [InlineData("A voice co-pilot must pick the right function among forty for each spoken command; the large model is too slow and costly.", Leaf.FineTune)]
    [InlineData("For every request the agent chooses which of our 25 internal tools to call.", Leaf.FineTune)]
    [InlineData("The bot must select one of 12 actions (refund, resend, escalate, ...) for each customer message.", Leaf.FineTune)]
    // The same nouns outside a choice are no label set.
    [InlineData("We want a chatbot that explains what each function in our codebase does.", Leaf.Rag)]
    public void Advise_ChoiceAmongOptions_IsAFormatProblem(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);
}
