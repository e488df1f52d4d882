using System.Text;
using Bogus;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice.Framework;

/// <summary>Whatever text arrives, the advisor answers with a whole framework path and never throws.</summary>
public sealed class AdvisorFuzzTests
{
    public static TheoryData<string, string> HostileTexts => new()
    {
        { "empty", "" },
        { "blank after trimming", " \t\r\n\u00A0\u2003 " },
        { "control characters", "\u0000\u0001\u0007\u001B[31m\u007F\u0085\u2028\u2029" },
        { "combining marks", "JSON" + new string('\u0301', 5_000) + " fo\u0308rmat\u0327" },
        { "lone surrogates", "\uD800 tone \uDC00 voice \uDBFF" },
        { "surrogate pairs", string.Concat(Enumerable.Repeat("\U0001F600 json \U0001D49C", 500)) },
        { "100,000-character word", new string('a', 100_000) },
        { "100,000-character cue word", "format" + new string('s', 100_000) },
        { "100,000 digits", new string('9', 100_000) + " requests a day" },
        { "huge counts", "99999999999999999999999 requests a day of 99999999999999999999999 tokens each, 99999999999999999999 examples." },
        { "long max counts", "9223372036854775807 requests a day with 9223372036854775807 tokens per request" },
        { "many sentences", string.Concat(Enumerable.Repeat("We tried a prompt. It fails! ", 2_000)) },
        { "many cues", string.Concat(Enumerable.Repeat("json xml latest wiki tone few-shot works not but although ", 3_000)) },
        { "right-to-left", "\u202Eأريد نموذجًا يرد بصيغة JSON دائمًا\u202C" },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Advise_HostileText_GivesACompletePath(string name, string text)
    {
        var advice = FrameworkAdvisor.Default.Advise(new Scenario("fuzz", text));

        var problems = PathProblems(advice).ToList();
        Assert.True(problems.Count == 0, $"{name}: {string.Join("; ", problems)}");
        Assert.Equal(advice.Leaf is Leaf.FineTune ? Approach.FineTuning : advice.Leaf is Leaf.Rag ? Approach.Rag : Approach.Prompting, advice.Approach);
    }

    /// <summary>What is wrong with a framework path: the questions asked in order until one says yes, ending at its leaf.</summary>
    private static IEnumerable<string> PathProblems(ScenarioAdvice advice)
    {
        var asked = advice.Leaf switch { Leaf.UsePrompting => 1, Leaf.FineTune => 2, _ => 3 };
        if (advice.Path.Count != asked)
            yield return $"{advice.Leaf} after {advice.Path.Count} questions";
        for (var i = 0; i < Math.Min(asked, advice.Path.Count); i++)
        {
            if (advice.Path[i].Question != (FrameworkQuestion)i)
                yield return $"question {i + 1} is {advice.Path[i].Question}";
            var yes = i == asked - 1 && advice.Leaf != Leaf.PromptEngineerHarder;
            if (advice.Path[i].Answer != yes)
                yield return $"{advice.Path[i].Question} answered {advice.Path[i].Answer}";
        }

        using var json = System.Text.Json.JsonDocument.Parse(AdviceJson.Write(advice));
        if (json.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            yield return "the JSON is not an object";
    }

    [Fact]
    public void Advise_EveryRowOfTheTable_AroundOtherCues_GivesACompletePath()
    {
        // Each row in the places where reading changes what its neighbours count: before and after cues, opening a sentence.
        var problems = new List<string>();
        foreach (var row in CueTable.All)
        {
            var phrase = row.Phrase.Replace("*", "ing", StringComparison.Ordinal);
            var text = $"Few-shot prompting works and the JSON tone {phrase} internal categories. {phrase} the wiki, but {phrase} latest pick the function.";
            try
            {
                problems.AddRange(PathProblems(FrameworkAdvisor.Default.Advise(new Scenario("row", text))).Select(p => $"'{row.Phrase}': {p}"));
            }
            catch (Exception e)
            {
                problems.Add($"'{row.Phrase}': {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Advise_TextHeldAsUtf8_GivesTheAdviceOfItsString(string name, string text)
    {
        // Scenarios read from files keep their text as UTF-8; invalid UTF-16 has no UTF-8 form, so the string compared
        // is the text as UTF-8 gives it back.
        var utf8 = Encoding.UTF8.GetBytes(text);

        var fromBytes = FrameworkAdvisor.Default.Advise(new Scenario("fuzz", utf8));
        var fromString = FrameworkAdvisor.Default.Advise(new Scenario("fuzz", Encoding.UTF8.GetString(utf8)));

        Assert.True(AdviceJson.Write(fromString) == AdviceJson.Write(fromBytes), name);
    }

    [Theory]
    [InlineData("99999999999999999999999 requests a day of 99999999999999999999999 tokens each.")]
    [InlineData("9223372036854775807 requests a day with 9223372036854775807 tokens per request")]
    public void Advise_CountsBeyondAnyCost_LeavesTheCostOut(string text)
    {
        var advice = FrameworkAdvisor.Default.Advise(new Scenario("fuzz", text));

        Assert.Null(advice.Cost);
        Assert.Contains(FineTuneReason.HighVolume, advice.Reasons);
    }

    [Fact]
    public void Advise_RandomUnicode_NeverThrows()
    {
        var random = new Randomizer(31337);
        var failures = new List<string>();

        for (var i = 0; i < 400; i++)
        {
            var text = RandomText(random, i);
            try
            {
                var advice = FrameworkAdvisor.Default.Advise(new Scenario("fuzz", text) { DailyRequests = i % 7 == 0 ? long.MaxValue : null, TokensPerRequest = i % 11 == 0 ? long.MaxValue : null });
                failures.AddRange(PathProblems(advice).Select(p => $"#{i}: {p}"));
            }
            catch (Exception e)
            {
                failures.Add($"#{i}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
    }

    private static string RandomText(Randomizer random, int i)
    {
        var builder = new StringBuilder();
        var pieces = random.Number(1, 60);
        for (var p = 0; p < pieces; p++)
        {
            builder.Append(random.Number(5) switch
            {
                0 => random.Utf16String(0, 40, excludeSurrogates: false),
                1 => random.String2(random.Number(1, 20), "abcdefghijklmnopqrstuvwxyz ,.!?'-0123456789"),
                2 => random.ArrayElement(new[] { "json", "latest", "few-shot works", "not", "but", "tone", "10k requests a day", "200 tokens each", "25 examples" }),
                3 => new string((char)random.Number(0, 0x1F), random.Number(1, 5)),
                4 => random.Number(0, 9).ToString(System.Globalization.CultureInfo.InvariantCulture) + random.ArrayElement(new[] { ".", ",", "k", "m", " million ", "e9" }),
                _ => "\u0300\u0336\u20DD",
            });
        }

        if (i % 50 == 0)
            builder.Append(new string('x', 20_000 + i));
        return builder.ToString();
    }
}
