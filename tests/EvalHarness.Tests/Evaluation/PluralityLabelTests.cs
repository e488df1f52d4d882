using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class PluralityLabelTests
{
    [Theory]
    [InlineData("P", Approach.Prompting)]
    [InlineData("RR", Approach.Rag)]
    [InlineData("PRR", Approach.Rag)]
    [InlineData("FPF", Approach.FineTuning)]
    [InlineData("PPRF", Approach.Prompting)]
    [InlineData("PPRRF", null)]
    [InlineData("PR", null)]
    [InlineData("PRF", null)]
    [InlineData("PPRR", null)]
    [InlineData("", null)]
    public void Of_Labels_ReturnsStrictPluralityOrNullOnTie(string labels, Approach? expected)
    {
        var plurality = PluralityLabel.Of(LabelString.Parse(labels));

        Assert.Equal(expected, plurality);
    }

    [Theory]
    [InlineData(3, 1, 1, Approach.Prompting)]
    [InlineData(0, 0, 1, Approach.FineTuning)]
    [InlineData(2, 2, 1, null)]
    [InlineData(0, 0, 0, null)]
    public void Of_Counts_MatchesLabelForm(int prompting, int rag, int fineTuning, Approach? expected)
    {
        var plurality = PluralityLabel.Of([prompting, rag, fineTuning]);

        Assert.Equal(expected, plurality);
    }

    [Fact]
    public void Of_WrongNumberOfCounts_Throws() =>
        Assert.Throws<ArgumentException>(() => PluralityLabel.Of([1, 2]));

    [Fact]
    public void Of_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PluralityLabel.Of([1, -1, 0]));

    [Fact]
    public void Of_UndefinedApproach_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PluralityLabel.Of([Approach.Rag, (Approach)7]));
}
