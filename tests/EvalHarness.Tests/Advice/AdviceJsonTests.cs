using System.Text.Json;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice;

public sealed class AdviceJsonTests
{
    [Fact]
    public void Write_QuizAnswer_IsFixedShapeWithSlugsAndLfNewlines()
    {
        var advice = FrameworkAdvisor.Default.Advise(new Scenario("q1", "Always respond with JSON.") { DailyRequests = 10_000, TokensPerRequest = 200 });

        var json = AdviceJson.Write(advice);

        Assert.DoesNotContain('\r', json);
        Assert.StartsWith("{\n  \"approach\": \"fine-tuning\",\n  \"leaf\": \"fine-tune\",\n  \"path\": [", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["approach", "leaf", "path", "reasons", "reasons_if_fine_tuned", "warnings", "cost"], root.EnumerateObject().Select(p => p.Name));
        var step = root.GetProperty("path")[1];
        Assert.Equal(["question", "answer", "score", "threshold", "rivals", "note", "evidence"], step.EnumerateObject().Select(p => p.Name));
        Assert.Equal("is-style-format-or-persona", step.GetProperty("question").GetString());
        Assert.Equal(6, step.GetProperty("score").GetInt32());
        Assert.Equal(2, step.GetProperty("threshold").GetInt32());
        Assert.Equal("knowledge", step.GetProperty("rivals")[0].GetProperty("rival").GetString());
        Assert.True(step.GetProperty("rivals")[0].GetProperty("beaten").GetBoolean());
        var json3 = step.GetProperty("evidence")[1];
        Assert.Equal(["rule", "found", "table_weight", "changes", "weight"], json3.EnumerateObject().Select(p => p.Name));
        Assert.Equal("cue.format.json", json3.GetProperty("rule").GetString());
        Assert.Equal("JSON", json3.GetProperty("found").GetString());
        Assert.Equal(["consistent-format", "high-volume"], root.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("check-catastrophic-forgetting", root.GetProperty("warnings")[0].GetProperty("code").GetString());
        Assert.Contains("\"prompted_daily_cost\": 35.00,", json, StringComparison.Ordinal);
        Assert.Contains("\"fine_tuned_daily_cost\": 0.75,", json, StringComparison.Ordinal);
        Assert.Contains("\"monthly_savings\": 1027.50,\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ChangedWeight_WritesEachChangeAsKindAndWord()
    {
        var advice = FrameworkAdvisor.Default.Advise(new Scenario("t", "There is no particular tone required, but answers must cite the wiki."));

        using var document = JsonDocument.Parse(AdviceJson.Write(advice));

        var tone = document.RootElement.GetProperty("path")[1].GetProperty("evidence")[0];
        Assert.Equal(3, tone.GetProperty("table_weight").GetInt32());
        Assert.Equal(
            [("halved-before-contrast", "but"), ("negated", "no")],
            tone.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("word").GetString())));
        Assert.Equal(-2, tone.GetProperty("weight").GetInt32());
    }

    [Fact]
    public void Write_AdviceWithOnlyAnApproach_WritesNullsForWhatItDoesNotSay()
    {
        var advice = new ScenarioAdvice(Approach.Rag, Leaf.Rag,
            [new DecisionStep(FrameworkQuestion.CanPromptingSolveIt, false, [new Evidence("r", "x", 1)])], [], [], null);

        using var document = JsonDocument.Parse(AdviceJson.Write(advice));

        var step = document.RootElement.GetProperty("path")[0];
        Assert.Equal(JsonValueKind.Null, step.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, step.GetProperty("threshold").ValueKind);
        Assert.Equal(0, step.GetProperty("rivals").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, step.GetProperty("note").ValueKind);
        Assert.Equal(JsonValueKind.Null, step.GetProperty("evidence")[0].GetProperty("table_weight").ValueKind);
        Assert.Equal(0, document.RootElement.GetProperty("reasons_if_fine_tuned").GetArrayLength());
    }

    [Fact]
    public void Write_NoCost_WritesNull()
    {
        var json = AdviceJson.Write(FrameworkAdvisor.Default.Advise(new Scenario("q2", "Know the latest drug interactions.")));

        Assert.Contains("\"cost\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Cost_SaysWhatItAssumed()
    {
        var advice = FrameworkAdvisor.Default.Advise(new Scenario("t", "Our prompt is a 3,000-token system prompt.") { DailyRequests = 10_000, TokensPerRequest = 200 });

        using var document = JsonDocument.Parse(AdviceJson.Write(advice));

        var assumed = document.RootElement.GetProperty("cost").GetProperty("assumptions");
        Assert.Equal("5.00", assumed.GetProperty("prompted_price_per_million").GetRawText());
        Assert.Equal(3000, assumed.GetProperty("prompted_system_tokens").GetInt64());
        Assert.True(assumed.GetProperty("prompted_system_tokens_stated").GetBoolean());
        Assert.Equal("0.30", assumed.GetProperty("fine_tuned_price_per_million").GetRawText());
        Assert.Equal(50, assumed.GetProperty("fine_tuned_system_tokens").GetInt64());
        Assert.Equal(30, assumed.GetProperty("days_per_month").GetInt32());
        Assert.Equal("160.00", document.RootElement.GetProperty("cost").GetProperty("prompted_daily_cost").GetRawText());
    }

    [Fact]
    public void Write_UnderGermanCulture_KeepsInvariantNumbers()
    {
        var advice = FrameworkAdvisor.Default.Advise(new Scenario("t", "x") { DailyRequests = 333, TokensPerRequest = 200 });
        using var culture = new CultureScope("de-DE");

        Assert.Contains("\"prompted_daily_cost\": 1.1655,", AdviceJson.Write(advice), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SameAdviceTwice_IsIdentical()
    {
        var scenario = new Scenario("t", "Few-shot prompting works, but the JSON format drifts at millions of calls a day.");

        Assert.Equal(AdviceJson.Write(FrameworkAdvisor.Default.Advise(scenario)), AdviceJson.Write(new FrameworkAdvisor().Advise(scenario)));
    }
}
