namespace EvalHarness.Advice.Framework;

/// <summary>Where a piece of pending evidence comes from.</summary>
internal enum PendingKind : byte
{
    /// <summary>A cue hit, counted for its own question.</summary>
    Cue,

    /// <summary>A cue hit counted against fine-tuning.</summary>
    Against,

    /// <summary>A fact.</summary>
    Fact,

    /// <summary>Fine-tuning proposed without a word of prompting: the hit is the proposal.</summary>
    SkippedPrompting,

    /// <summary>Whether to fine-tune asked, with no failure of prompting reported: the hit is the question's mention of tuning.</summary>
    QuestionedTuning,

    /// <summary>Examples or samples under a negation ("no logged examples yet"): too little data, for prompting.</summary>
    NoExamples,

    /// <summary>The same, counted against fine-tuning.</summary>
    NoExamplesAgainst,

    /// <summary>A prompt quoted as a bare instruction ("just 'write a proposal'"): the index is where its words start in the text.</summary>
    BarePrompt,
}
