using EvalHarness.Advice;

namespace EvalHarness.Tests.Advice;

/// <summary>Every kind of change to a cue's weight has its own words for people and its own slug for JSON.</summary>
public sealed class WeightChangeTests
{
    public static TheoryData<WeightChangeKind> Kinds() => [.. Enum.GetValues<WeightChangeKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToString_OfEveryKind_IsWordsOfItsOwn(WeightChangeKind kind)
    {
        var text = new WeightChange(kind, "w").ToString();

        // The fallback names the enum member; every kind should be put in words instead.
        Assert.DoesNotContain(kind.ToString(), text, StringComparison.Ordinal);
        Assert.Single(Enum.GetValues<WeightChangeKind>(), other => new WeightChange(other, "w").ToString() == text);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToSlug_OfEveryKind_IsKebabCaseAndUnique(WeightChangeKind kind)
    {
        var slug = kind.ToSlug();

        Assert.Matches("^[a-z]+(-[a-z]+)*$", slug);
        Assert.Single(Enum.GetValues<WeightChangeKind>(), other => other.ToSlug() == slug);
    }

    [Fact]
    public void ToString_OfDestinationAndPlaceholder_SaysWhatTheyAre()
    {
        Assert.Equal("where the output goes ('saved to'), not knowledge", new WeightChange(WeightChangeKind.Destination, "saved to").ToString());
        Assert.Equal("inside a placeholder: a slot's name", new WeightChange(WeightChangeKind.Placeholder, "").ToString());
    }
}
