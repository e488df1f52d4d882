using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice.Framework;

public sealed class FrameworkAdvisorTests
{
    private static ScenarioAdvice Advise(string text) => FrameworkAdvisor.Default.Advise(new Scenario("t", text));

    [Theory]
    [InlineData("A startup wants their chatbot to always respond with structured JSON.", Approach.FineTuning, Leaf.FineTune)]
    [InlineData("A medical company wants their chatbot to know the latest drug interactions.", Approach.Rag, Leaf.Rag)]
    [InlineData("A legal firm wants an assistant that always writes in formal legal English.", Approach.FineTuning, Leaf.FineTune)]
    [InlineData("A news site wants answers about articles published today.", Approach.Rag, Leaf.Rag)]
    public void Advise_CourseQuizAndSiblings_GivesAnswerKey(string text, Approach approach, Leaf leaf)
    {
        var advice = Advise(text);

        Assert.Equal(approach, advice.Approach);
        Assert.Equal(leaf, advice.Leaf);
    }

    [Theory]
    // Question 1: prompting can solve it.
    [InlineData("Few-shot prompting already works well for our ticket summaries.", Leaf.UsePrompting)]
    [InlineData("I need a one-off summary of last year's board minutes.", Leaf.UsePrompting)]
    [InlineData("The marketing team occasionally wants slogan ideas.", Leaf.UsePrompting)]
    [InlineData("We only have a handful of examples of the replies we like.", Leaf.UsePrompting)]
    [InlineData("A simple assistant that rephrases emails politely for a small team.", Leaf.UsePrompting)]
    // Question 2: format, labels, style, persona, long prompts, latency, volume.
    [InlineData("Every reply must be a valid XML document that follows our schema.", Leaf.FineTune)]
    [InlineData("Outputs must be parseable YAML with the same fields every time.", Leaf.FineTune)]
    [InlineData("Route incoming emails into one of eight fixed categories at high volume.", Leaf.FineTune)]
    [InlineData("Our assistant must speak in the playful voice of our brand mascot.", Leaf.FineTune)]
    [InlineData("Replies should match our house style and tone exactly.", Leaf.FineTune)]
    [InlineData("Our lengthy system prompt costs too much on every call, and latency matters.", Leaf.FineTune)]
    [InlineData("Autocomplete suggestions need sub-second response times.", Leaf.FineTune)]
    // Question 3: knowledge the model lacks.
    [InlineData("Staff ask questions answered only in our internal wiki and policy documents.", Leaf.Rag)]
    [InlineData("Answers must cite the source paragraph from our contracts.", Leaf.Rag)]
    [InlineData("The bot should report live stock prices and up-to-date availability.", Leaf.Rag)]
    [InlineData("Agents need each customer's order history and account details.", Leaf.Rag)]
    [InlineData("The model hallucinates product specs that are not in its training data.", Leaf.Rag)]
    // None of the above.
    [InlineData("We want a chatbot for our website.", Leaf.PromptEngineerHarder)]
    public void Advise_SignalFamily_ReachesLeaf(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    [InlineData("Our support bot does not need the latest data; it just has to sound like our brand.", Leaf.FineTune)]
    [InlineData("There is no particular tone required, but answers must cite the internal policy documents.", Leaf.Rag)]
    [InlineData("We fine-tuned on the manual but it still invents numbers.", Leaf.Rag)]
    [InlineData("Prompting worked at first, but the JSON format keeps drifting across thousands of calls.", Leaf.FineTune)]
    [InlineData("Although the data changes daily, few-shot prompting already handles it fine.", Leaf.UsePrompting)]
    [InlineData("It doesn't need a consistent format or any special tone; it summarises our internal reports for a one-off meeting.", Leaf.UsePrompting)]
    public void Advise_NegationAndContrast_AreRead(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    [InlineData("The customer's order is pasted into the request; we just need a polite reply in our brand voice.", Leaf.FineTune)]
    [InlineData("We want to fine-tune a summariser but haven't tried a prompt yet.", Leaf.UsePrompting)]
    [InlineData("With the schema in the prompt it already returns valid JSON, and we make 40 calls a day.", Leaf.UsePrompting)]
    [InlineData("With the schema in the prompt it already returns valid JSON, but we now make 2 million calls a day with a 1,500-token system prompt.", Leaf.FineTune)]
    [InlineData("We only have 20 examples, and staff need answers from the internal wiki.", Leaf.Rag)]
    public void Advise_CourseRulesOfThumb_Apply(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_NegatedCue_CountsAgainstWithNegativeWeight()
    {
        var advice = Advise("There is no particular tone required, but answers must cite the internal policy documents.");

        var tone = Assert.Single(advice.Path[1].Evidence, e => e.Rule == "cue.style.tone");
        Assert.Equal(-2, tone.Weight); // 3, halved before "but" to 2, negated.
        Assert.Equal("tone", tone.Found);
    }

    [Theory]
    [InlineData("Few-shot prompting already works well.", new[] { FrameworkQuestion.CanPromptingSolveIt })]
    [InlineData("Always reply in JSON.", new[] { FrameworkQuestion.CanPromptingSolveIt, FrameworkQuestion.IsStyleFormatOrPersona })]
    [InlineData("Answer from our internal wiki.", new[] { FrameworkQuestion.CanPromptingSolveIt, FrameworkQuestion.IsStyleFormatOrPersona, FrameworkQuestion.NeedsDomainKnowledge })]
    [InlineData("Make a chatbot.", new[] { FrameworkQuestion.CanPromptingSolveIt, FrameworkQuestion.IsStyleFormatOrPersona, FrameworkQuestion.NeedsDomainKnowledge })]
    public void Advise_Path_AsksInOrderAndStopsAtDecidingQuestion(string text, FrameworkQuestion[] questions)
    {
        var advice = Advise(text);

        Assert.Equal(questions, advice.Path.Select(s => s.Question));
        Assert.All(advice.Path.SkipLast(1), step => Assert.False(step.Answer));
        Assert.Equal(advice.Leaf != Leaf.PromptEngineerHarder, advice.Path[^1].Answer);
    }

    [Fact]
    public void Advise_QuizJson_ShowsEvidenceInOrderFound()
    {
        var advice = Advise("A startup wants their chatbot to always respond with structured JSON.");

        Assert.Equal(
            ["cue.format.always \"always\" (+1)", "cue.format.structured \"structured\" (+2)", "cue.format.json \"JSON\" (+3)"],
            advice.Path[1].Evidence.Select(e => e.ToString()));
        Assert.Empty(advice.Path[0].Evidence);
    }

    [Theory]
    [InlineData("Reply in JSON, in our brand voice, with a 1,200-token system prompt, fast, at millions of requests.",
        new[] { FineTuneReason.ConsistentFormat, FineTuneReason.StyleOrPersona, FineTuneReason.ShorterPrompts, FineTuneReason.Latency, FineTuneReason.HighVolume })]
    [InlineData("A startup wants their chatbot to always respond with structured JSON.", new[] { FineTuneReason.ConsistentFormat })]
    [InlineData("We have a 1,800-token system prompt.", new[] { FineTuneReason.ShorterPrompts })]
    [InlineData("Answer from our internal wiki.", new FineTuneReason[0])]
    public void Advise_Reasons_ListThoseThatApplyInEnumOrder(string text, FineTuneReason[] reasons) =>
        Assert.Equal(reasons, Advise(text).Reasons);

    [Fact]
    public void Advise_ColumnsWinOverText()
    {
        var scenario = new Scenario("t", "We get 3 million requests a day and have only 25 examples.")
        {
            DailyRequests = 10_000,
            TokensPerRequest = 200,
            TrainingExamples = 400,
        };

        var advice = FrameworkAdvisor.Default.Advise(scenario);

        Assert.Equal(10_000, advice.Cost!.DailyRequests);
        Assert.Contains(advice.Path.SelectMany(s => s.Evidence), e => e.Found == "training_examples=400");
        Assert.DoesNotContain(advice.Warnings, w => w.Code == WarningCode.TooFewExamples);
    }

    [Fact]
    public void Advise_UnderTurkishCulture_ReadsCapitalI()
    {
        using var culture = new CultureScope("tr-TR");

        Assert.Equal(Leaf.Rag, Advise("ANSWERS MUST CITE THE INTERNAL WIKI.").Leaf);
    }

    [Fact]
    public void Advise_EmptyOrLongText_DoesNotFailAndStillReads()
    {
        var longText = string.Concat(Enumerable.Repeat("We want a helpful assistant. ", 200)) + "Answers must cite our internal wiki.";

        Assert.Equal(Leaf.PromptEngineerHarder, Advise("").Leaf);
        Assert.Equal(Leaf.Rag, Advise(longText).Leaf);
    }

    [Fact]
    public void Rules_ListCuesFactsAndQuestions_WithUniqueIds()
    {
        var rules = FrameworkAdvisor.Default.Rules;

        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(rules, r => r is { Id: "cue.format.json", Kind: "cue" });
        Assert.Contains(rules, r => r is { Id: "fact.training-examples", Kind: "fact" });
        Assert.Equal(
            ["question.can-prompting-solve-it", "question.is-style-format-or-persona", "question.needs-domain-knowledge"],
            rules.Where(r => r.Kind == "question").Select(r => r.Id));
        Assert.StartsWith("framework-4+cues.", FrameworkAdvisor.Default.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_EveryEvidenceRule_IsListedInRules()
    {
        var ids = FrameworkAdvisor.Default.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        string[] texts =
        [
            "A startup wants their chatbot to always respond with structured JSON.",
            "We fine-tuned on the manual but it still invents numbers, with 60 examples and 20,000 calls a day.",
            "A hobbyist wants a chatbot that talks like a pirate for a weekend project.",
        ];

        foreach (var text in texts)
            Assert.All(Advise(text).Path.SelectMany(s => s.Evidence), e => Assert.Contains(e.Rule, ids));
    }
}
