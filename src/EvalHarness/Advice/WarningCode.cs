namespace EvalHarness.Advice;

/// <summary>The course's cautions, attached to advice when they apply.</summary>
public enum WarningCode
{
    /// <summary>Fewer than 50 training examples: fine-tuning rarely helps.</summary>
    TooFewExamples,

    /// <summary>50 to 99 examples: aim for 100–500 or more.</summary>
    AimFor100To500,

    /// <summary>Every fine-tuning advice: evaluate on a holdout set of general tasks.</summary>
    CheckCatastrophicForgetting,

    /// <summary>Fine-tuning was wanted to add knowledge: use RAG instead.</summary>
    KnowledgeNeedsRag,

    /// <summary>Fine-tuning advised with no sign that prompting was tried.</summary>
    TryFewShotFirst,

    /// <summary>A one-off task: fine-tuning does not pay off.</summary>
    OneOffTask,
}
