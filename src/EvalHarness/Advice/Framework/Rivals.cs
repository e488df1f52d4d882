namespace EvalHarness.Advice.Framework;

/// <summary>The names of the scores a question of the built-in advisor is weighed against, as <see cref="RivalScore.Rival"/> gives them.</summary>
internal static class Rivals
{
    /// <summary>Question 2's score: what fine-tuning would give.</summary>
    public const string FineTuning = "fine-tuning";

    /// <summary>Question 2's score without format and style, once prompting works: the course's cost reasons only.</summary>
    public const string FineTuningCostReasons = "fine-tuning-cost-reasons";

    /// <summary>Question 3's score: knowledge the model lacks.</summary>
    public const string Knowledge = "knowledge";
}
