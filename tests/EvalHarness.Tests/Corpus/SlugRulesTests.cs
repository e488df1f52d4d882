using System.Text;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public sealed class SlugRulesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("legal-style")]
    [InlineData("gpt_4o.mini-2")]
    [InlineData("9lives")]
    public void Check_Slug_HasNoProblem(string text) =>
        Assert.Null(SlugRules.Check(text));

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("-a", "it must start with a lowercase letter or digit")]
    [InlineData(".a", "it must start with a lowercase letter or digit")]
    [InlineData("Legal", "it has the upper-case letter 'L'")]
    [InlineData("_a", "it must start with a lowercase letter or digit")]
    [InlineData("leGal", "it has the upper-case letter 'G'")]
    [InlineData("a b", "it has the character ' '")]
    [InlineData("caf\u00e9", "it has the character '\u00e9'")]
    [InlineData("f\u0131ne", "it has the character '\u0131'")]
    public void Check_NotSlug_SaysWhy(string text, string expected) =>
        Assert.Equal(expected, SlugRules.Check(text));

    [Fact]
    public void Check_LengthLimit_AllowsEightyNotEightyOne()
    {
        Assert.True(SlugRules.IsSlug(new string('a', 80)));
        Assert.Equal("it is longer than 80 characters", SlugRules.Check(new string('a', 81)));
    }

    [Theory]
    [InlineData("legal-style", true)]
    [InlineData("q1.v2_b", true)]
    [InlineData("", false)]
    [InlineData("-lead", false)]
    [InlineData("Legal", false)]
    [InlineData("legal style", false)]
    [InlineData("légal", false)]
    public void IsSlug_Utf8_AgreesWithTheCharacterRules(string value, bool expected)
    {
        Assert.Equal(expected, SlugRules.IsSlug(Encoding.UTF8.GetBytes(value)));
        Assert.Equal(SlugRules.IsSlug(value), SlugRules.IsSlug(Encoding.UTF8.GetBytes(value)));
    }

    [Fact]
    public void IsSlug_Utf8LongerThanTheLimit_IsFalse()
    {
        Assert.True(SlugRules.IsSlug(Encoding.UTF8.GetBytes(new string('a', SlugRules.MaxLength))));
        Assert.False(SlugRules.IsSlug(Encoding.UTF8.GetBytes(new string('a', SlugRules.MaxLength + 1))));
    }
}
