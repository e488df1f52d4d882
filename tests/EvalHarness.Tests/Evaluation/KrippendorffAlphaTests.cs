using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class KrippendorffAlphaTests
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units, values 1-5,
    // missing data; nominal alpha = 0.743. Rows are units, columns count how many observers chose value 1..5.
    // Unit 12 has a single value (3): it cannot be paired and is left out of the disagreements.
    private static readonly int[][] KrippendorffNominalExample =
    [
        [3, 0, 0, 0, 0], // 1: A=1 B=1 D=1
        [0, 3, 1, 0, 0], // 2: A=2 B=2 C=3 D=2
        [0, 0, 4, 0, 0], // 3
        [0, 0, 4, 0, 0], // 4
        [0, 4, 0, 0, 0], // 5
        [1, 1, 1, 1, 0], // 6: A=1 B=2 C=3 D=4
        [0, 0, 0, 4, 0], // 7
        [3, 1, 0, 0, 0], // 8: A=1 B=1 C=2 D=1
        [0, 4, 0, 0, 0], // 9
        [0, 0, 0, 0, 3], // 10: B=5 C=5 D=5
        [2, 0, 0, 0, 0], // 11: C=1 D=1
        [0, 0, 1, 0, 0], // 12: B=3 only
    ];

    [Fact]
    public void Nominal_KrippendorffPublishedExampleWithMissingValues_Is0Point743()
    {
        var alpha = KrippendorffAlpha.Nominal(KrippendorffNominalExample);

        Assert.Equal(0.7434, alpha!.Value, 4);
    }

    [Fact]
    public void Nominal_DroppingTheUnpairableUnit_ChangesNothing()
    {
        var alpha = KrippendorffAlpha.Nominal(KrippendorffNominalExample[..11]);

        Assert.Equal(0.7434, alpha!.Value, 4);
    }

    // NLTK AnnotationTask.alpha(): a single distinct value anywhere returns 1 before looking at pairs; no data raises
    // ValueError; no pairable unit, or pairable values that never disagree while another value appears alone, divide by zero.
    [Theory]
    [MemberData(nameof(DegenerateTables))]
    public void Nominal_DegenerateCases_MirrorNltk(int[][] table, double? expected)
    {
        var alpha = KrippendorffAlpha.Nominal(table);

        Assert.Equal(expected, alpha);
    }

    public static TheoryData<int[][], double?> DegenerateTables() => new()
    {
        { Array.Empty<int[]>(), null },
        { new[] { new[] { 0, 0 } }, null },
        { new[] { new[] { 2, 0 }, new[] { 1, 0 } }, 1.0 },
        { new[] { new[] { 1, 0 } }, 1.0 },
        { new[] { new[] { 1, 0 }, new[] { 0, 1 } }, null },
        { new[] { new[] { 2, 0 }, new[] { 0, 1 } }, null },
    };

    [Fact]
    public void Nominal_SystematicDisagreement_IsNegative()
    {
        // Two coders who always disagree: Do = 1, De = (4² − 2² − 2²) / (4 · 3) = 2/3, so alpha = 1 − 3/2 = −0.5 (NLTK agrees).
        var alpha = KrippendorffAlpha.Nominal([[1, 1], [1, 1]]);

        Assert.Equal(-0.5, alpha!.Value, 4);
    }

    [Fact]
    public void Nominal_RowsOfDifferentWidth_Throws() =>
        Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Nominal([[1, 1], [1]]));
}
