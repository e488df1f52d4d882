namespace EvalHarness.Evaluation;

/// <summary>How one annotator compares with the rest of the panel and with the classifier.</summary>
/// <param name="Index">The annotator's index, as the caller assigned it (0 to count − 1).</param>
/// <param name="Labels">How many scenarios the annotator labelled.</param>
/// <param name="PanelComparisons">On how many of those the other annotators had a strict plurality to compare with.</param>
/// <param name="AgreementWithPanel">Share of <paramref name="PanelComparisons"/> where the annotator chose the others' plurality; <c>null</c> when there were none.</param>
/// <param name="AgreementWithClassifier">Share of the annotator's labels the classifier predicted too; <c>null</c> when the annotator labelled nothing.</param>
/// <param name="CohenKappaWithClassifier">Cohen's kappa between the annotator and the classifier on those scenarios; <c>null</c> when undefined (see <see cref="ConfusionMatrix.CohenKappa"/>).</param>
public sealed record AnnotatorMetrics(
    int Index,
    long Labels,
    long PanelComparisons,
    double? AgreementWithPanel,
    double? AgreementWithClassifier,
    double? CohenKappaWithClassifier);
