using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("id", "", 2)]
    [InlineData("trainig_examples", "training_examples", 1)]
    [InlineData("TEXT", "text", 0)]
    [InlineData("kitten", "sitting", 3)]
    public void Between_TwoTexts_CountsEdits(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));

    [Theory]
    [InlineData("trainig_examples", "training_examples")]
    [InlineData("Tag", "tags")]
    [InlineData("scenario", "scenario_id")]
    [InlineData("x", null)]
    [InlineData("colour", null)]
    public void Nearest_Name_OffersOnlyCloseCandidates(string name, string? expected) =>
        Assert.Equal(expected, EditDistance.Nearest(name, ["id", "text", "training_examples", "tags", "scenario_id"]));
}
