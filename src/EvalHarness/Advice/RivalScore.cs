namespace EvalHarness.Advice;

/// <summary>A score a question was weighed against: another concern of the scenario that could outweigh it; immutable.</summary>
/// <param name="Rival">What the score measures, as a slug: <c>fine-tuning</c>, <c>fine-tuning-cost-reasons</c> or <c>knowledge</c> for the built-in advisor.</param>
/// <param name="Score">The rival's score.</param>
/// <param name="Against">The question's own score as weighed against this rival, which may count less than its whole score.</param>
/// <param name="Beaten">Whether the question's score beat the rival's (for some questions a tie is enough).</param>
public sealed record RivalScore(string Rival, int Score, int Against, bool Beaten);
