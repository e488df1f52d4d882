namespace EvalHarness.Evaluation;

/// <summary>Two annotators' agreement with each other on the scenarios both labelled.</summary>
/// <param name="First">One annotator (the first by name).</param>
/// <param name="Second">The other annotator.</param>
/// <param name="Scenarios">How many scenarios both labelled.</param>
/// <param name="Agreement">How often they gave the same label.</param>
/// <param name="CohenKappa">Cohen's kappa between them; <c>null</c> when undefined (both used one and the same label throughout).</param>
public sealed record AnnotatorPair(string First, string Second, long Scenarios, double? Agreement, double? CohenKappa);
