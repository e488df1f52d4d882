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
        Assert.Equal(["approach", "leaf", "path", "reasons", "warnings", "cost"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("is-style-format-or-persona", root.GetProperty("path")[1].GetProperty("question").GetString());
        Assert.Equal("cue.format.json", root.GetProperty("path")[1].GetProperty("evidence")[1].GetProperty("rule").GetString());
        Assert.Equal(["consistent-format", "high-volume"], root.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("check-catastrophic-forgetting", root.GetProperty("warnings")[0].GetProperty("code").GetString());
        Assert.Contains("\"prompted_daily_cost\": 35.00,", json, StringComparison.Ordinal);
        Assert.Contains("\"fine_tuned_daily_cost\": 0.75,", json, StringComparison.Ordinal);
        Assert.Contains("\"monthly_savings\": 1027.50\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoCost_WritesNull()
    {
        var json = AdviceJson.Write(FrameworkAdvisor.Default.Advise(new Scenario("q2", "Know the latest drug interactions.")));

        Assert.Contains("\"cost\": null", json, StringComparison.Ordinal);
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
