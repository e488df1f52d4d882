using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class PanelAgreementTests
{
    // Expected values from statsmodels fleiss_kappa(method="fleiss") and NLTK AnnotationTask.alpha() restated in python3.
    private static readonly string[] FullPanel = ["PPP", "PRR", "FFR", "PRF", "RPP"];
    private static readonly string[] MixedPanel = ["PPP", "PRR", "FFR", "PRF", "RR", "FF", "F", "RPP"];

    private static PanelAgreement Fill(IEnumerable<string> scenarios)
    {
        var panel = new PanelAgreement();
        foreach (var labels in scenarios)
            panel.Add(LabelString.Parse(labels));
        return panel;
    }

    [Fact]
    public void Measures_ThreeLabelsEverywhere_MatchReferenceLibraries()
    {
        var panel = Fill(FullPanel);

        Assert.Equal(5, panel.Scenarios);
        Assert.Equal(0.0493, panel.FleissKappa!.Value, 4);
        Assert.Equal(0.1127, panel.KrippendorffAlpha!.Value, 4);
        Assert.Equal(0.4, panel.PairwiseAgreement!.Value, 4);
    }

    [Fact]
    public void Measures_DifferentLabelCounts_FleissNullOthersDefined()
    {
        var panel = Fill(MixedPanel);

        Assert.Equal(7, panel.Scenarios);
        Assert.Null(panel.FleissKappa);
        Assert.Equal(0.3193, panel.KrippendorffAlpha!.Value, 4);
        Assert.Equal(0.5714, panel.PairwiseAgreement!.Value, 4);
    }

    [Fact]
    public void FleissKappa_ThroughAccumulator_EqualsTableForm()
    {
        var panel = Fill(FullPanel);

        var table = FleissKappa.FromCounts([[3, 0, 0], [1, 2, 0], [0, 1, 2], [1, 1, 1], [2, 1, 0]]);

        Assert.Equal(table!.Value, panel.FleissKappa!.Value, 10);
    }

    [Fact]
    public void Measures_AllExpertsAlwaysAgreeOnOneLabel_AlphaOneFleissNull()
    {
        var panel = Fill(["RRR", "RRR", "R"]);

        Assert.Null(panel.FleissKappa); // statsmodels: 0/0 = NaN
        Assert.Equal(1.0, panel.KrippendorffAlpha); // NLTK: one distinct label returns 1
        Assert.Equal(1.0, panel.PairwiseAgreement!.Value, 4);
    }

    [Fact]
    public void Measures_AllAgreeAcrossLabels_AreOne()
    {
        var panel = Fill(["PPP", "RRR", "FFF"]);

        Assert.Equal(1.0, panel.FleissKappa!.Value, 4);
        Assert.Equal(1.0, panel.KrippendorffAlpha!.Value, 4);
        Assert.Equal(1.0, panel.PairwiseAgreement!.Value, 4);
    }

    [Fact]
    public void Measures_SingleLabelsOnly_AreNull()
    {
        var panel = Fill(["P", "R", ""]);

        Assert.Equal(0, panel.Scenarios);
        Assert.Null(panel.FleissKappa);
        Assert.Null(panel.KrippendorffAlpha);
        Assert.Null(panel.PairwiseAgreement);
    }

    [Fact]
    public void KrippendorffAlpha_PairsNeverDisagreeButLoneLabelDiffers_IsNullAsNltkDividesByZero()
    {
        var panel = Fill(["PP", "R"]);

        Assert.Null(panel.KrippendorffAlpha);
        Assert.Equal(1.0, panel.PairwiseAgreement!.Value, 4);
    }

    [Fact]
    public void Measures_Empty_AreNull()
    {
        var panel = new PanelAgreement();

        Assert.Null(panel.FleissKappa);
        Assert.Null(panel.KrippendorffAlpha);
        Assert.Null(panel.PairwiseAgreement);
    }

    [Fact]
    public void Add_UndefinedApproach_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PanelAgreement().Add([Approach.Rag, (Approach)(-1)]));
}
