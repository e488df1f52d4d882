using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class ConfusionMatrixTests
{
    // Fine-tuning is in the panel twice but never predicted, so its precision is a zero division (sklearn zero_division=0).
    // Expected values from sklearn's formulas restated in python3: precision_recall_fscore_support(labels=all three),
    // average="macro", accuracy_score, cohen_kappa_score.
    private const string Panel = "PPPRRFFPRR";
    private const string Predicted = "PRPRRPRPPR";

    private static ConfusionMatrix Fill(string expected, string predicted)
    {
        var matrix = new ConfusionMatrix();
        var panel = LabelString.Parse(expected);
        var predictions = LabelString.Parse(predicted);
        for (var i = 0; i < panel.Length; i++)
            matrix.Add(panel[i], predictions[i]);
        return matrix;
    }

    [Fact]
    public void Add_MixedPredictions_CountsCellsByPanelThenPrediction()
    {
        var matrix = Fill(Panel, Predicted);

        Assert.Equal(10, matrix.Count);
        Assert.Equal(6, matrix.Correct);
        Assert.Equal(3, matrix[Approach.Prompting, Approach.Prompting]);
        Assert.Equal(1, matrix[Approach.Prompting, Approach.Rag]);
        Assert.Equal(1, matrix[Approach.FineTuning, Approach.Prompting]);
        Assert.Equal(1, matrix[Approach.FineTuning, Approach.Rag]);
        Assert.Equal(0, matrix[Approach.FineTuning, Approach.FineTuning]);
    }

    [Theory]
    [InlineData(Approach.Prompting, 0.6, 0.75, 0.6667, 4, 5)]
    [InlineData(Approach.Rag, 0.6, 0.75, 0.6667, 4, 5)]
    [InlineData(Approach.FineTuning, 0.0, 0.0, 0.0, 2, 0)]
    public void PerLabel_ZeroDivisionLabel_MatchesSklearn(Approach label, double precision, double recall, double f1, long support, long predicted)
    {
        var matrix = Fill(Panel, Predicted);

        var metrics = matrix.PerLabel().Single(m => m.Label == label);

        Assert.Equal(precision, metrics.Precision, 4);
        Assert.Equal(recall, metrics.Recall, 4);
        Assert.Equal(f1, metrics.F1, 4);
        Assert.Equal(support, metrics.Support);
        Assert.Equal(predicted, metrics.Predicted);
    }

    [Fact]
    public void PerLabel_Always_ListsApproachesInReportOrder()
    {
        var labels = new ConfusionMatrix().PerLabel().Select(m => m.Label);

        Assert.Equal(ApproachText.All, labels);
    }

    [Fact]
    public void Scores_ZeroDivisionLabel_MatchSklearnMacroAndKappa()
    {
        var matrix = Fill(Panel, Predicted);

        Assert.Equal(0.6, matrix.Accuracy!.Value, 4);
        Assert.Equal(0.4, matrix.MacroPrecision!.Value, 4);
        Assert.Equal(0.5, matrix.MacroRecall!.Value, 4);
        Assert.Equal(0.4444, matrix.MacroF1!.Value, 4);
        Assert.Equal(0.3333, matrix.CohenKappa!.Value, 4);
    }

    [Fact]
    public void MacroF1_UnevenLabels_IsMeanOfF1sNotF1OfMeans()
    {
        // P: precision 1, recall 1/3; R: precision 1/3, recall 1; F: 0. Mean of F1s = (0.5 + 0.5 + 0) / 3 = 0.3333,
        // whereas 2PR/(P+R) of the macro means (4/9, 4/9) would be 0.4444.
        var matrix = Fill("PPPR", "PRRR");

        Assert.Equal(0.3333, matrix.MacroF1!.Value, 4);
    }

    // Wikipedia, "Cohen's kappa": the 50-application example (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no) gives 0.4;
    // "Same percentages but different numbers": 45/15/25/15 gives 0.1304 and 25/35/5/35 gives 0.2593.
    [Theory]
    [InlineData(20, 5, 10, 15, 0.4)]
    [InlineData(45, 15, 25, 15, 0.1304)]
    [InlineData(25, 35, 5, 35, 0.2593)]
    public void CohenKappa_WikipediaWorkedExamples_MatchPublishedValues(int yesYes, int yesNo, int noYes, int noNo, double kappa)
    {
        var matrix = new ConfusionMatrix();
        AddMany(matrix, Approach.Prompting, Approach.Prompting, yesYes);
        AddMany(matrix, Approach.Prompting, Approach.Rag, yesNo);
        AddMany(matrix, Approach.Rag, Approach.Prompting, noYes);
        AddMany(matrix, Approach.Rag, Approach.Rag, noNo);

        var actual = matrix.CohenKappa;

        Assert.Equal(kappa, actual!.Value, 4);
    }

    [Fact]
    public void Scores_Empty_AreNull()
    {
        var matrix = new ConfusionMatrix();

        Assert.Equal(0, matrix.Count);
        Assert.Null(matrix.Accuracy);
        Assert.Null(matrix.MacroPrecision);
        Assert.Null(matrix.MacroRecall);
        Assert.Null(matrix.MacroF1);
        Assert.Null(matrix.CohenKappa);
    }

    [Fact]
    public void CohenKappa_BothSidesOneSameLabel_IsNullWhereSklearnGivesNaN()
    {
        var matrix = Fill("RRR", "RRR");

        Assert.Equal(1.0, matrix.Accuracy!.Value, 4);
        Assert.Null(matrix.CohenKappa);
        Assert.Equal(1.0 / 3, matrix.MacroF1!.Value, 4); // two labels with no support and no predictions score 0
    }

    [Fact]
    public void CohenKappa_OneLabelAgainstAnother_IsZero()
    {
        var matrix = Fill("PPP", "RRR");

        Assert.Equal(0.0, matrix.CohenKappa!.Value, 4);
    }

    [Fact]
    public void Add_UndefinedApproach_ThrowsAndCountsNothing()
    {
        var matrix = new ConfusionMatrix();

        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Add(Approach.Rag, (Approach)3));
        Assert.Equal(0, matrix.Count);
    }

    private static void AddMany(ConfusionMatrix matrix, Approach expected, Approach predicted, int times)
    {
        for (var i = 0; i < times; i++)
            matrix.Add(expected, predicted);
    }
}
