namespace EvalHarness.Advice.Framework;

/// <summary>What a phrase of the cue table signals. Scored signals feed one framework question; the rest shape how cues are read.</summary>
internal enum Signal : byte
{
    // Question 1: can prompting solve it?
    PromptingWorks,
    PromptingFails,
    Untried,
    PromptGap,
    OneOff,
    Occasional,
    Simple,

    /// <summary>The task's own definition keeps changing ("the class definitions get revised"): read, never a row of its own.</summary>
    ChangingTask,
    LittleData,

    // Question 2: style, format or persona (and the course's other reasons to fine-tune).
    Format,
    Labels,
    Style,
    LongPrompt,
    Latency,
    Volume,
    DataAvailable,

    // Question 3: domain knowledge the model lacks.
    Fresh,
    Private,
    Citation,
    PerCustomer,
    FactLookup,
    Hallucination,
    TeachFacts,
    Supplied,

    // Not scored: how the text is read.
    PromptMention,

    /// <summary>A model named as it comes ("GPT-4", "the model"): its successes speak for prompting, unless tuning is in the sentence.</summary>
    ModelMention,
    FineTuneMention,
    Negation,

    /// <summary>A negation that reaches back over its clause: "latency is not a concern", "cost doesn't matter".</summary>
    NegatesBefore,
    Contrast,
    Concession,
    ScopeBreak,

    /// <summary>A phrase that holds a cue's words but means something else ("one time in twenty" is a rate, not a one-off).</summary>
    NotACue,

    /// <summary>Marks what the scenario wants ("needs", "must", "should"): praise after it is wished for, not reported.</summary>
    Requirement,

    /// <summary>Marks a choice among options ("pick", "one of", "which"), so an option after it counts.</summary>
    Choice,

    /// <summary>Marks what follows as a source of knowledge, not a verb's input ("using our policy", "based on the manual").</summary>
    Source,

    /// <summary>Marks what follows as the input a task works on ("pull the clauses out of 10,000 contracts"), not knowledge.</summary>
    InputFrom,

    /// <summary>Marks what follows as where the output goes ("saved to our wiki", "posted to the intranet"), not knowledge.</summary>
    Destination,

    /// <summary>A noun that is knowledge when a modifier qualifies it ("our private data"), though it signals nothing alone.</summary>
    KnowledgeNoun,

    // Not scored: units of the facts read from text ("3 million requests a day").
    UnitRequests,
    UnitExamples,
    UnitTokens,
    PerRequest,
    PerHour,
    PerDay,
    PerWeek,
    PerMonth,
    PerYear,

    /// <summary>A number written in words ("two", "a few hundred"), read as the number it names.</summary>
    CountWord,
}
