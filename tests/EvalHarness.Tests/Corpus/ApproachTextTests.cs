using System.Globalization;
using System.Text;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public sealed class ApproachTextTests
{
    [Theory]
    [InlineData("prompting", Approach.Prompting)]
    [InlineData("Prompting", Approach.Prompting)]
    [InlineData("RAG", Approach.Rag)]
    [InlineData("rag", Approach.Rag)]
    [InlineData("fine-tuning", Approach.FineTuning)]
    [InlineData("Fine-Tuning", Approach.FineTuning)]
    [InlineData("FINE-TUNING", Approach.FineTuning)]
    [InlineData("fine_tuning", Approach.FineTuning)]
    [InlineData("finetuning", Approach.FineTuning)]
    [InlineData("fine tune", Approach.FineTuning)]
    [InlineData("fine-tune", Approach.FineTuning)]
    [InlineData("  rag  ", Approach.Rag)]
    public void TryParse_AuthorSpelling_ReadsLabel(string text, Approach expected)
    {
        var parsed = ApproachText.TryParse(text, out var approach);
        var parsedUtf8 = ApproachText.TryParse(Encoding.UTF8.GetBytes(text), out var approachUtf8);

        Assert.True(parsed);
        Assert.Equal(expected, approach);
        Assert.True(parsedUtf8);
        Assert.Equal(expected, approachUtf8);
    }

    [Theory]
    [InlineData("")]
    [InlineData("retrieval")]
    [InlineData("fıne-tuning")] // Turkish dotless i is not an ASCII letter and must not fold to 'i'.
    [InlineData("promptingpromptingprompting")]
    [InlineData("fine-tuning fine-tuning fine-tuning")]
    public void TryParse_UnknownSpelling_Fails(string text)
    {
        Assert.False(ApproachText.TryParse(text, out _));
        Assert.False(ApproachText.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void TryParse_UnderTurkishCulture_ReadsUpperCaseI()
    {
        using var culture = new CultureScope("tr-TR");

        Assert.True(ApproachText.TryParse("FINE-TUNING", out var approach));
        Assert.Equal(Approach.FineTuning, approach);
        Assert.True(ApproachText.TryParse("PROMPTING", out approach));
        Assert.Equal(Approach.Prompting, approach);
    }

    [Theory]
    [InlineData(Approach.Prompting, "prompting")]
    [InlineData(Approach.Rag, "rag")]
    [InlineData(Approach.FineTuning, "fine-tuning")]
    public void ToSlug_EachApproach_RoundTrips(Approach approach, string slug)
    {
        Assert.Equal(slug, approach.ToSlug());
        Assert.True(ApproachText.TryParse(slug, out var parsed));
        Assert.Equal(approach, parsed);
    }
}
