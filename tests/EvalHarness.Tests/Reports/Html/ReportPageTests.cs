using System.Text;
using System.Text.RegularExpressions;
using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Reports;
using EvalHarness.Reports.Html;

namespace EvalHarness.Tests.Reports.Html;

/// <summary>report.html's bytes, without a browser: the size cap, what the page says it left out, and escaping.</summary>
public sealed partial class ReportPageTests : IDisposable
{
    private readonly TempFolder _folder = new("report-page-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_ManyLongDisagreements_StaysUnderTheCapAndCountsWhatItLeftOut()
    {
        // 120,000 wrong scenarios of 1,500 characters: 180 MB of text, far beyond what a page may hold.
        var text = new string('x', 1_500);
        var results = Enumerable.Range(0, 120_000).Select(i => Result($"s{i:000000}", text, Approach.Rag, Approach.Prompting)).ToArray();
        var page = new ReportPage();
        foreach (var result in results)
            page.Add(result);
        var path = _folder["report.html"];

        page.Write(path, Metrics(results), [("scenarios", "120000")], verdict: null, comparison: null);

        var size = new FileInfo(path).Length;
        Assert.InRange(size, 3_000_000, PageLimits.MaxPageBytes);
        var listing = Listing(File.ReadAllText(path));
        Assert.Equal(120_000, listing["scenarios"]);
        Assert.Equal(120_000, listing["disagreements"]);
        Assert.Equal(listing["disagreements"], listing["disagreementsListed"] + listing["leftOut"]);
        Assert.True(listing["leftOut"] > 0, "a page this full leaves some disagreements out, and says how many");
        Assert.True(listing["detailed"] > 1_000, "disagreements are shown with their details while they fit");
        Assert.Equal(listing["disagreementsListed"], listing["detailed"] + listing["brief"]);
    }

    [Fact]
    public void Write_MostlyRight_ListsEveryDisagreementAndASampleOfTheRest()
    {
        var results = Enumerable.Range(0, 5_000)
            .Select(i => Result($"s{i:0000}", "Short text.", Approach.Rag, i % 100 == 0 ? Approach.FineTuning : Approach.Rag)).ToArray();
        var page = new ReportPage();
        foreach (var result in results)
            page.Add(result);
        var path = _folder["sampled.html"];

        page.Write(path, Metrics(results), [], verdict: null, comparison: null);

        var text = File.ReadAllText(path);
        var listing = Listing(text);
        Assert.Equal(50, listing["disagreements"]);
        Assert.Equal(50, listing["disagreementsListed"]);
        Assert.Equal(PageLimits.SampleSize, listing["sampled"]);
        Assert.Equal(4_950, listing["others"]);
        for (var i = 0; i < 5_000; i += 100)
            Assert.Contains($"[\"s{i:0000}\",", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SameResultsTwice_GivesTheSameBytes()
    {
        var results = Enumerable.Range(0, 3_000).Select(i => Result($"s{i}", $"Text {i}.", Approach.Rag, i % 7 == 0 ? Approach.Prompting : Approach.Rag)).ToArray();

        var first = WriteAll(results, "one.html");
        var second = WriteAll(results, "two.html");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Theory]
    [InlineData("</script><script>document.title='x'</script>")]
    [InlineData("<!--")]
    [InlineData("</SCRIPT >")]
    [InlineData("a & b < c > d 'e' \"f\" `g` +h")]
    public void Write_HostileText_CannotEndTheDataElement(string hostile)
    {
        var path = WriteAll([Result("hostile", hostile, Approach.Rag, Approach.Prompting)], "hostile.html");

        var html = File.ReadAllText(path);
        var data = html[html.IndexOf("id=\"report-data\">", StringComparison.Ordinal)..html.IndexOf("</script>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<", data[1..], StringComparison.Ordinal);
        Assert.DoesNotContain("&", data, StringComparison.Ordinal);
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(hostile, new System.Text.Json.JsonSerializerOptions { Encoder = HtmlPage.JsonOptions.Encoder }), data, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Page_HasAPolicyThatLoadsNothingAndHashesItsOwnScriptAndStyle()
    {
        var html = File.ReadAllText(WriteAll([Result("a", "A.", Approach.Rag, Approach.Rag)], "policy.html"));

        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlPage.ContentSecurityPolicy}\">", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'; script-src 'sha256-", HtmlPage.ContentSecurityPolicy, StringComparison.Ordinal);
        var script = html[(html.LastIndexOf("<script>", StringComparison.Ordinal) + 8)..html.LastIndexOf("</script>", StringComparison.Ordinal)];
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"script-src 'sha256-{hash}'", HtmlPage.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotMatch(SourceOrLink(), html);
    }

    private string WriteAll(ScenarioResult[] results, string name)
    {
        var page = new ReportPage();
        foreach (var result in results)
            page.Add(result);
        page.Write(_folder[name], Metrics(results), [("accuracy", "0.5000")], verdict: null, comparison: null);
        return _folder[name];
    }

    private static ScenarioResult Result(string id, string text, Approach expected, Approach predicted) =>
        new(new Scenario(id, text), new ScenarioAdvice(predicted, Leaf.Rag, [new DecisionStep(FrameworkQuestion.CanPromptingSolveIt, false, [new Evidence("cue.x", "x", 1)])], [], [], null),
            [new ExpertLabel(id, "a", expected, "because"), new ExpertLabel(id, "b", expected, "also")], expected);

    private static EvaluationMetrics Metrics(IEnumerable<ScenarioResult> results)
    {
        var accumulator = new MetricsAccumulator(["a", "b"], [new AdvisorRule("cue.x", "cue", "x")]);
        foreach (var result in results)
            accumulator.Add(result);
        return accumulator.ToMetrics();
    }

    private static Dictionary<string, long> Listing(string html)
    {
        var json = html[(html.IndexOf("\"listing\":", StringComparison.Ordinal) + 10)..];
        json = json[..(json.IndexOf('}') + 1)];
        return System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, long>>(json)!;
    }

    // Anything that would make a browser fetch: a source, a link, a style import or a URL in CSS.
    [GeneratedRegex(@"\b(src|href)\s*=\s*[""']?(https?:|//)|@import|url\(", RegexOptions.IgnoreCase)]
    private static partial Regex SourceOrLink();
}
