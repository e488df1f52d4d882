using System.Text;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public sealed class ScenarioTests
{
    [Theory]
    [InlineData("plain ASCII")]
    [InlineData("caf\u00e9 \u201cquoted\u201d \U0001F600")]
    [InlineData("")]
    public void Equals_SameTextAsUtf8OrString_EqualWithEqualHashCodes(string text)
    {
        var fromFile = new Scenario("s", Encoding.UTF8.GetBytes(text)) { DailyRequests = 5, Line = 3 };
        var fromCode = new Scenario("s", text) { DailyRequests = 5, Line = 3 };

        Assert.Equal(fromCode, fromFile);
        Assert.Equal(fromFile, fromCode);
        Assert.Equal(fromCode.GetHashCode(), fromFile.GetHashCode());
        Assert.Equal(fromFile, new Scenario("s", Encoding.UTF8.GetBytes(text)) { DailyRequests = 5, Line = 3 });
    }

    [Theory]
    [InlineData("one", "two", 0, 0)]
    [InlineData("one", "one", 1, 2)]
    public void Equals_DifferentTextOrLine_NotEqual(string text, string otherText, int line, int otherLine)
    {
        var scenario = new Scenario("s", Encoding.UTF8.GetBytes(text)) { Line = line };

        Assert.NotEqual(scenario, new Scenario("s", Encoding.UTF8.GetBytes(otherText)) { Line = otherLine });
        Assert.NotEqual(scenario, new Scenario("s", otherText) { Line = otherLine });
    }

    public static TheoryData<string> Properties => [.. typeof(Scenario).GetProperties().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Properties))]
    public void Equals_OnePropertyDiffers_NotEqual(string property)
    {
        // Equality is written by hand (a text may be held either way), so a new property must be added to it: this
        // table names every public property, and a missing one fails here.
        var scenario = new Scenario("s", "text"u8.ToArray()) { DailyRequests = 1, TokensPerRequest = 2, TrainingExamples = 3, Tags = ["a"], Source = "x", Notes = "n", Line = 4 };
        var variants = new Dictionary<string, Scenario>
        {
            [nameof(Scenario.Id)] = scenario with { Id = "t" },
            [nameof(Scenario.Text)] = scenario with { Text = "other" },
            [nameof(Scenario.DailyRequests)] = scenario with { DailyRequests = null },
            [nameof(Scenario.TokensPerRequest)] = scenario with { TokensPerRequest = 5 },
            [nameof(Scenario.TrainingExamples)] = scenario with { TrainingExamples = 6 },
            [nameof(Scenario.Tags)] = scenario with { Tags = ["a"] }, // another list: tag lists compare by reference
            [nameof(Scenario.Source)] = scenario with { Source = null },
            [nameof(Scenario.Notes)] = scenario with { Notes = "m" },
            [nameof(Scenario.Line)] = scenario with { Line = 5 },
        };

        Assert.True(variants.TryGetValue(property, out var variant), $"Scenario.{property} is new: compare it in Equals and GetHashCode, then add it here");
        Assert.NotEqual(scenario, variant);
        Assert.Equal(scenario, scenario with { });
    }

    [Fact]
    public void Text_HeldAsUtf8_IsDecodedOnceOnFirstUse()
    {
        var scenario = new Scenario("s", "caf\u00e9"u8.ToArray());

        Assert.True(scenario.HasUtf8Text);
        Assert.Equal("caf\u00e9", scenario.Text);
        Assert.Same(scenario.Text, scenario.Text);
    }

    [Fact]
    public void Text_NullFromCode_StaysNullAndTheAdvisorReadsItAsEmpty()
    {
        var scenario = new Scenario("s", (string)null!);

        Assert.Null(scenario.Text);
        Assert.Equal(FrameworkAdvisor.Default.Advise(new Scenario("s", "")), FrameworkAdvisor.Default.Advise(scenario), AdviceComparer);
    }

    private static readonly IEqualityComparer<ScenarioAdvice> AdviceComparer =
        EqualityComparer<ScenarioAdvice>.Create((a, b) => AdviceJson.Write(a!) == AdviceJson.Write(b!));

    [Fact]
    public void With_NewText_ReplacesTheUtf8()
    {
        var scenario = new Scenario("s", "old"u8.ToArray()) with { Text = "new" };

        Assert.False(scenario.HasUtf8Text);
        Assert.True(scenario.Utf8Text.IsEmpty);
        Assert.Equal("new", scenario.Text);
    }

    [Fact]
    public void With_OtherProperty_KeepsTheUtf8Text()
    {
        var scenario = new Scenario("s", "text"u8.ToArray()) with { Notes = "n" };

        Assert.True(scenario.Utf8Text.SequenceEqual("text"u8));
        Assert.Equal("text", scenario.Text);
    }
}
