namespace EvalHarness.Advice.Framework;

/// <summary>The rules that fire on how the text as a whole reads, rather than on one cue.</summary>
internal static class ReadingRules
{
    /// <summary>Fine-tuning is proposed and nothing mentions prompting or a model as it comes.</summary>
    public const string SkippedPrompting = "reading.skipped-prompting";

    /// <summary>Whether to fine-tune is asked ("do we need to train a model for this?") and no failure of prompting is reported.</summary>
    public const string QuestionedTuning = "reading.tuning-questioned";

    /// <summary>Examples or samples under a negation ("we have no logged examples yet"): too little data to fine-tune.</summary>
    public const string NoExamples = "reading.no-examples";

    /// <summary>A prompt quoted as a bare instruction ("so far just 'write a product description for X'"): barely tried.</summary>
    public const string BarePrompt = "reading.bare-prompt";

    /// <summary>The reading rules for the catalogue.</summary>
    public static IReadOnlyList<AdvisorRule> All { get; } =
    [
        new(SkippedPrompting, "reading", "fine-tuning proposed with no word of prompting: the course's common mistake of skipping prompting experiments (+2 for prompting)"),
        new(NoExamples, "reading", "examples or samples under a negation ('no logged examples yet'): too little data to fine-tune (+3 for prompting, -3 for fine-tuning)"),
        new(QuestionedTuning, "reading", "whether to fine-tune asked, with no failure of prompting reported: the course's first answer is prompting (+2 for prompting)"),
        new(BarePrompt, "reading", "a prompt quoted as a bare instruction of two to eight words after 'just', 'only', 'simply', 'merely' or 'beyond' ('our prompt is just \"analyse this agreement\"'): prompting has barely been tried, the prompt is the gap (+3 for prompting)"),
    ];
}
