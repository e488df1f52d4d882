namespace EvalHarness.Synthetic;

/// <summary>
/// The branch of the course's framework a synthetic scenario is built to express; it fixes the scenario's label
/// before any text is written, so the label never depends on what a classifier makes of the text.
/// </summary>
public enum SyntheticBranch
{
    /// <summary>Prompting already gives good results (question 1: yes).</summary>
    PromptingWorks,

    /// <summary>A task done once, where fine-tuning does not pay off.</summary>
    OneOff,

    /// <summary>Fewer than 50 examples: too little data to fine-tune, so prompting.</summary>
    TooLittleData,

    /// <summary>Nothing points to fine-tuning or RAG, but prompting does not work yet: prompt-engineer harder.</summary>
    PromptHarder,

    /// <summary>A consistent output format (JSON, XML, fixed fields).</summary>
    Format,

    /// <summary>A specialised style, tone or persona.</summary>
    StylePersona,

    /// <summary>A long system prompt that fine-tuning would replace.</summary>
    ShorterPrompts,

    /// <summary>Latency-sensitive calls, served by a smaller tuned model.</summary>
    Latency,

    /// <summary>High request volume, where per-call cost matters.</summary>
    HighVolume,

    /// <summary>Knowledge that changes or is newer than any model.</summary>
    RecentFacts,

    /// <summary>Knowledge private to the organisation: its documents, wikis, manuals.</summary>
    PrivateDocs,

    /// <summary>Answers must cite their sources.</summary>
    Citations,

    /// <summary>Answers depend on each customer's own records.</summary>
    PerCustomerRecords,

    /// <summary>A model was fine-tuned to add knowledge and still makes facts up: the common mistake, which RAG fixes.</summary>
    FineTunedButHallucinates,
}
