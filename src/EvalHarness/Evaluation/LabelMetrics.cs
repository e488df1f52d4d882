using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>How well the classifier does on one label, as sklearn's <c>precision_recall_fscore_support(zero_division=0)</c> reports it.</summary>
/// <param name="Label">The approach measured.</param>
/// <param name="Precision">Share of predictions of the label that the panel agrees with; 0 when the label was never predicted.</param>
/// <param name="Recall">Share of the panel's uses of the label that the classifier found; 0 when the panel never used it.</param>
/// <param name="F1">Harmonic mean of precision and recall; 0 when both are 0.</param>
/// <param name="Support">How many scored scenarios the panel gave this label.</param>
/// <param name="Predicted">How many scored scenarios the classifier gave this label.</param>
public sealed record LabelMetrics(Approach Label, double Precision, double Recall, double F1, long Support, long Predicted);
