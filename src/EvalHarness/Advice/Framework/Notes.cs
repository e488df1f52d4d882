namespace EvalHarness.Advice.Framework;

/// <summary>The sentences a step gives when a rule of the course decided it over the scores.</summary>
internal static class Notes
{
    /// <summary>Question 1 of a one-off task.</summary>
    public const string OneOffPrompting =
        "A one-off task: neither a tuned model nor a retrieval pipeline pays off, so no rival is weighed; what it needs goes in the prompt.";

    /// <summary>Question 2 of a one-off task.</summary>
    public const string OneOffFineTuning = "A one-off task: fine-tuning cannot pay off, whatever it would give.";

    /// <summary>Question 1 when prompting works but the cost reasons reach the threshold.</summary>
    public const string CostReasons =
        "Prompting works, but the course's cost reasons (long prompts, latency, volume) reach the threshold: a smaller fine-tuned model pays off.";
}
