using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class AnnotatorAgreementTests
{
    // Three annotators; "0P 1R" means annotator 0 chose prompting and annotator 1 chose rag; the last letter is the prediction.
    // Agreement with the others' plurality worked by hand; kappas from sklearn cohen_kappa_score restated in python3.
    private static readonly (string Labels, char Predicted)[] Scenarios =
    [
        ("0P 1P 2P", 'P'),
        ("0P 1R 2R", 'R'),
        ("0F 1F 2R", 'F'),
        ("0P 1R 2F", 'P'),
        ("0R 1R", 'R'),
        ("1F 2F", 'P'),
        ("0F", 'F'),
        ("0R 1P 2P", 'P'),
    ];

    private static AnnotatorAgreement Fill(IEnumerable<(string Labels, char Predicted)> scenarios, int annotators = 3)
    {
        var agreement = new AnnotatorAgreement(annotators);
        foreach (var (labels, predicted) in scenarios)
        {
            var votes = labels.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var indexes = votes.Select(v => v[0] - '0').ToArray();
            var approaches = LabelString.Parse(string.Concat(votes.Select(v => v[1])));
            agreement.Add(indexes, approaches, LabelString.Parse(predicted.ToString())[0]);
        }

        return agreement;
    }

    [Theory]
    [InlineData(0, 7, 4, 0.5, 0.7143, 0.5625)]
    [InlineData(1, 7, 3, 1.0, 0.7143, 0.5758)]
    [InlineData(2, 6, 3, 0.6667, 0.5, 0.25)]
    public void PerAnnotator_Scenarios_MatchHandAndSklearnValues(
        int index, long labels, long comparisons, double withPanel, double withClassifier, double kappa)
    {
        var agreement = Fill(Scenarios);

        var metrics = agreement.PerAnnotator()[index];

        Assert.Equal(index, metrics.Index);
        Assert.Equal(labels, metrics.Labels);
        Assert.Equal(comparisons, metrics.PanelComparisons);
        Assert.Equal(withPanel, metrics.AgreementWithPanel!.Value, 4);
        Assert.Equal(withClassifier, metrics.AgreementWithClassifier!.Value, 4);
        Assert.Equal(kappa, metrics.CohenKappaWithClassifier!.Value, 4);
    }

    [Fact]
    public void ExpertMeanAccuracy_Scenarios_IsMeanOfAgreementWithPanel()
    {
        var agreement = Fill(Scenarios);

        Assert.Equal((0.5 + 1.0 + 2.0 / 3) / 3, agreement.ExpertMeanAccuracy!.Value, 4);
    }

    [Fact]
    public void ExpertMeanAccuracy_AnnotatorWithoutComparisons_IsSkipped()
    {
        // Annotator 3 only ever labels alone, so has no others to compare with; annotator 4 labels nothing.
        var agreement = Fill([.. Scenarios, ("3R", 'R')], annotators: 5);

        var silent = agreement.PerAnnotator()[4];
        var alone = agreement.PerAnnotator()[3];

        Assert.Equal((0.5 + 1.0 + 2.0 / 3) / 3, agreement.ExpertMeanAccuracy!.Value, 4);
        Assert.Equal(new AnnotatorMetrics(4, 0, 0, null, null, null), silent);
        Assert.Equal(1, alone.Labels);
        Assert.Null(alone.AgreementWithPanel);
        Assert.Equal(1.0, alone.AgreementWithClassifier!.Value, 4);
        Assert.Null(alone.CohenKappaWithClassifier); // both sides used one and the same label: sklearn gives NaN
    }

    [Fact]
    public void ExpertMeanAccuracy_NoComparableScenario_IsNull()
    {
        var agreement = Fill([("0P 1R 2F", 'P'), ("2F", 'F')]); // each annotator faces a 1-1 tie or nobody

        Assert.Null(agreement.ExpertMeanAccuracy);
        Assert.All(agreement.PerAnnotator(), m => Assert.Null(m.AgreementWithPanel));
    }

    [Theory]
    [InlineData(new[] { 0, 1 }, "P")]       // lengths differ
    [InlineData(new[] { 0, 0 }, "PR")]      // same annotator twice
    public void Add_MismatchedOrDuplicate_ThrowsArgumentException(int[] indexes, string labels) =>
        Assert.Throws<ArgumentException>(() => new AnnotatorAgreement(3).Add(indexes, LabelString.Parse(labels), Approach.Rag));

    [Fact]
    public void Add_IndexOutOfRange_ThrowsAndCountsNothing()
    {
        var agreement = new AnnotatorAgreement(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => agreement.Add([0, 2], LabelString.Parse("PR"), Approach.Rag));
        Assert.Equal(0, agreement.PerAnnotator()[0].Labels);
    }

    [Fact]
    public void Constructor_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnnotatorAgreement(-1));
}
