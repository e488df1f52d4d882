namespace EvalHarness.Advice;

/// <summary>The stable kebab-case names of the advice enums, used in reports, JSON and snapshots.</summary>
public static class AdviceSlugs
{
    /// <summary><c>use-prompting</c>, <c>fine-tune</c>, <c>rag</c> or <c>prompt-engineer-harder</c>.</summary>
    public static string ToSlug(this Leaf leaf) => leaf switch
    {
        Leaf.UsePrompting => "use-prompting",
        Leaf.FineTune => "fine-tune",
        Leaf.Rag => "rag",
        Leaf.PromptEngineerHarder => "prompt-engineer-harder",
        _ => throw new ArgumentOutOfRangeException(nameof(leaf), leaf, null),
    };

    /// <summary><c>can-prompting-solve-it</c>, <c>is-style-format-or-persona</c> or <c>needs-domain-knowledge</c>.</summary>
    public static string ToSlug(this FrameworkQuestion question) => question switch
    {
        FrameworkQuestion.CanPromptingSolveIt => "can-prompting-solve-it",
        FrameworkQuestion.IsStyleFormatOrPersona => "is-style-format-or-persona",
        FrameworkQuestion.NeedsDomainKnowledge => "needs-domain-knowledge",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary><c>consistent-format</c>, <c>style-or-persona</c>, <c>shorter-prompts</c>, <c>latency</c> or <c>high-volume</c>.</summary>
    public static string ToSlug(this FineTuneReason reason) => reason switch
    {
        FineTuneReason.ConsistentFormat => "consistent-format",
        FineTuneReason.StyleOrPersona => "style-or-persona",
        FineTuneReason.ShorterPrompts => "shorter-prompts",
        FineTuneReason.Latency => "latency",
        FineTuneReason.HighVolume => "high-volume",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The warning code as written in reports, such as <c>too-few-examples</c>.</summary>
    public static string ToSlug(this WarningCode code) => code switch
    {
        WarningCode.TooFewExamples => "too-few-examples",
        WarningCode.AimFor100To500 => "aim-for-100-500",
        WarningCode.CheckCatastrophicForgetting => "check-catastrophic-forgetting",
        WarningCode.KnowledgeNeedsRag => "knowledge-needs-rag",
        WarningCode.TryFewShotFirst => "try-few-shot-first",
        WarningCode.OneOffTask => "one-off-task",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };
}
