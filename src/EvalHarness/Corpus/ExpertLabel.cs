namespace EvalHarness.Corpus;

/// <summary>One annotator's verdict on one scenario.</summary>
/// <param name="ScenarioId">The scenario labelled.</param>
/// <param name="Annotator">A role slug such as <c>ml-engineer</c>.</param>
/// <param name="Label">The approach the annotator recommends.</param>
/// <param name="Rationale">Why, in the annotator's words; may be empty.</param>
/// <param name="Line">The line of labels.csv the record starts on, or 0 when not from a file.</param>
public sealed record ExpertLabel(string ScenarioId, string Annotator, Approach Label, string Rationale = "", int Line = 0);
