namespace EvalHarness.Advice;

/// <summary>The warnings' sentences, and every set of warnings made once, so advising shares them instead of allocating.</summary>
internal static class AdviceWarnings
{
    private static readonly AdviceWarning[] Single =
    [
        new(WarningCode.TooFewExamples,
            "Fewer than 50 training examples rarely helps fine-tuning; use few-shot prompting and collect 100-500 or more first."),
        new(WarningCode.AimFor100To500,
            "50 to 99 examples is thin for fine-tuning; aim for 100-500 or more before training."),
        new(WarningCode.CheckCatastrophicForgetting,
            "Fine-tuning can erode general skills; evaluate the tuned model on a holdout set of general tasks as well as your own."),
        new(WarningCode.KnowledgeNeedsRag,
            "Fine-tuning does not reliably teach facts; give the model the knowledge at query time with RAG."),
        new(WarningCode.TryFewShotFirst,
            "Nothing says prompting was tried; run few-shot prompting experiments first, they often give 90% of the quality for 1% of the effort."),
        new(WarningCode.OneOffTask,
            "A one-off task does not repay the cost of fine-tuning; prompt the base model."),
    ];

    private static readonly AdviceWarning[][] Sets = MaskSets.Build(Single);

    /// <summary>The warnings whose bits are set in <paramref name="mask"/> (bit = <see cref="WarningCode"/> value), in enum order.</summary>
    public static IReadOnlyList<AdviceWarning> For(int mask) => Sets[mask];

    /// <summary>The bit of one warning code.</summary>
    public static int Bit(WarningCode code) => 1 << (int)code;

    /// <summary>The warnings of these codes, each once, in enum order, with the course's sentences.</summary>
    public static IReadOnlyList<AdviceWarning> Of(IEnumerable<WarningCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var mask = 0;
        foreach (var code in codes)
            mask |= Bit(code);
        return For(mask);
    }
}
