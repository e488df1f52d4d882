using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class FleissKappaTests
{
    // Fleiss (1971) worked example as reproduced on Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories;
    // P-bar = 0.378, P-bar-e = 0.213, kappa = 0.210 (0.20993 unrounded).
    private static readonly int[][] WikipediaTable =
    [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ];

    [Fact]
    public void FromCounts_WikipediaWorkedExample_Is0Point210()
    {
        var kappa = FleissKappa.FromCounts(WikipediaTable);

        Assert.Equal(0.2099, kappa!.Value, 4);
    }

    [Fact]
    public void FromCounts_PerfectAgreementAcrossCategories_IsOne()
    {
        var kappa = FleissKappa.FromCounts([[3, 0], [0, 3], [3, 0]]);

        Assert.Equal(1.0, kappa!.Value, 4);
    }

    [Theory]
    [MemberData(nameof(UndefinedTables))]
    public void FromCounts_Undefined_IsNullWhereStatsmodelsGivesNaNOrAsserts(int[][] table)
    {
        var kappa = FleissKappa.FromCounts(table);

        Assert.Null(kappa);
    }

    public static TheoryData<int[][]> UndefinedTables() => new()
    {
        Array.Empty<int[]>(),              // no subjects
        new[] { new[] { 3, 0 }, new[] { 3, 0 } }, // every rating in one category: expected agreement 1
        new[] { new[] { 2, 1 }, new[] { 1, 1 } }, // 3 raters then 2: statsmodels asserts a full design
        new[] { new[] { 1, 0 }, new[] { 0, 1 } }, // one rater per subject: no pairs
    };

    [Fact]
    public void FromCounts_RowsOfDifferentWidth_Throws() =>
        Assert.Throws<ArgumentException>(() => FleissKappa.FromCounts([[1, 1], [1, 1, 0]]));

    [Fact]
    public void FromCounts_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FleissKappa.FromCounts([[3, -1]]));
}
