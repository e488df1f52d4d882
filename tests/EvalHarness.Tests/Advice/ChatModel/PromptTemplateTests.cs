using System.Text;
using EvalHarness.Advice;
using EvalHarness.Advice.ChatModel;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice.ChatModel;

public sealed class PromptTemplateTests
{
    private static (PromptTemplate? Template, string[] Problems) Parse(string text)
    {
        var problems = new List<CorpusProblem>();
        var template = PromptTemplate.Parse(Encoding.UTF8.GetBytes(text), "p.md", problems);
        return (template, problems.Select(p => p.ToString()).ToArray());
    }

    [Fact]
    public void Render_FillsTheTextAndTheFacts_UnknownFactsSaySo()
    {
        var (template, problems) = Parse("Situation: {{ text }}\n{{daily_requests}} a day, {{tokens_per_request}} tokens, {{training_examples}} examples.");
        var scenario = new Scenario("x", "Always formal.") { DailyRequests = 1_250_000, TokensPerRequest = 200 };

        Assert.Empty(problems);
        Assert.Equal("Situation: Always formal.\n1,250,000 a day, 200 tokens, unknown examples.", template!.Render(scenario));
    }

    [Fact]
    public void Render_TextHoldingBraces_IsNotReadAsPlaceholders()
    {
        var (template, _) = Parse("<{{text}}>");

        Assert.Equal("<Use {{text}} literally.>", template!.Render(new Scenario("x", "Use {{text}} literally.")));
    }

    [Theory]
    [InlineData("Advise: {{txt}}", "p.md:1: unknown placeholder '{{txt}}'; did you mean '{{text}}'?")]
    [InlineData("{{text}}\n\n{{daily_request}}", "p.md:3: unknown placeholder '{{daily_request}}'; did you mean '{{daily_requests}}'?")]
    [InlineData("{{text}} {{id}}", "p.md:1: unknown placeholder '{{id}}'; placeholders: {{text}}, {{daily_requests}}, {{tokens_per_request}}, {{training_examples}}")]
    [InlineData("{{text}}\n{{text", "p.md:2: '{{' without its closing '}}'; write a placeholder whole, such as {{text}}; placeholders: {{text}}, {{daily_requests}}, {{tokens_per_request}}, {{training_examples}}")]
    [InlineData("Advise on the situation.", "p.md:0: the prompt has no {{text}} placeholder, so the model would never see the scenario; write {{text}} where the scenario's text goes")]
    public void Parse_Mistake_IsALocatedProblemWithAHint(string text, string problem)
    {
        var (template, problems) = Parse(text);

        Assert.Null(template);
        Assert.Equal([problem], problems);
    }

    [Fact]
    public void Parse_EveryMistake_IsReportedInOnePass()
    {
        var (_, problems) = Parse("{{txt}}\n{{tokens}}\n");

        Assert.Equal(2, problems.Length);
    }

    [Fact]
    public void Load_NotUtf8OrMissing_IsAProblem()
    {
        using var folder = new TempFolder("evalharness-prompt-");
        File.WriteAllBytes(folder["latin1.md"], [0x7B, 0x7B, 0x74, 0x65, 0x78, 0x74, 0x7D, 0x7D, 0x20, 0x92]);
        var problems = new List<CorpusProblem>();

        Assert.Null(PromptTemplate.Load(folder["latin1.md"], "latin1.md", problems));
        Assert.Null(PromptTemplate.Load(folder["nowhere.md"], "nowhere.md", problems));

        Assert.Equal(
            ["latin1.md:0: the prompt file is not UTF-8; save it as UTF-8", "nowhere.md:0: prompt file not found; check the path given to --prompt"],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Sha256_IsThatOfTheFileBytes()
    {
        var (a, _) = Parse("{{text}}");
        var (b, _) = Parse("{{text}} ");

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("{{text}}"u8)), a!.Sha256);
        Assert.NotEqual(a.Sha256, b!.Sha256);
    }

    [Fact]
    public void BundledFrameworkPrompt_LoadsAndNamesEverySlugAModelMayAnswerWith()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fixtures", "prompts", "framework.md");
        var problems = new List<CorpusProblem>();

        var template = PromptTemplate.Load(path, "framework.md", problems);

        Assert.Empty(problems);
        var text = File.ReadAllText(path);
        var slugs = new[] { "prompting", "rag", "fine-tuning" }
            .Concat(AdviceSlugs.LeafSlugs).Concat(AdviceSlugs.QuestionSlugs).Concat(AdviceSlugs.ReasonSlugs).Concat(AdviceSlugs.WarningSlugs);
        Assert.All(slugs, slug => Assert.Contains($"\"{slug}\"", text));
        Assert.All(PromptTemplate.Placeholders, placeholder => Assert.Contains($"{{{{{placeholder}}}}}", text));
        Assert.Contains("Always formal.", template!.Render(new Scenario("x", "Always formal.")));
    }
}
