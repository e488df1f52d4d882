namespace EvalHarness.Evaluation;

/// <summary>One annotator's agreement with the rest of the panel and with the classifier.</summary>
/// <param name="Annotator">The annotator's role slug.</param>
/// <param name="Labels">How many scenarios the annotator labelled.</param>
/// <param name="AgreementWithPanel">How often the label equals the plurality of the other annotators; <c>null</c> when never countable.</param>
/// <param name="AgreementWithClassifier">How often the label equals the classifier's prediction.</param>
/// <param name="CohenKappaWithClassifier">Cohen's kappa between the annotator and the classifier; <c>null</c> when undefined.</param>
public sealed record AnnotatorSummary(
    string Annotator,
    int Labels,
    double? AgreementWithPanel,
    double? AgreementWithClassifier,
    double? CohenKappaWithClassifier);
