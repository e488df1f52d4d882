namespace EvalHarness.Advice;

/// <summary>What changed a piece of evidence's weight from the weight its rule gives on its own.</summary>
public enum WeightChangeKind
{
    /// <summary>Halved (rounding up) because a contrast follows in the sentence: "X, but Y" weakens X.</summary>
    HalvedBeforeContrast,

    /// <summary>Halved (rounding up) inside a concession: "although X" weakens X.</summary>
    HalvedInConcession,

    /// <summary>Turned round by a negation that governs it: "no particular tone".</summary>
    Negated,

    /// <summary>Counted against another question, such as little data against fine-tuning.</summary>
    CountedAgainst,

    /// <summary>Reduced because its family of cues already reached the most it may count.</summary>
    Capped,

    /// <summary>
    /// Not counted: the word modifies another, which is what the phrase is about ("internal categories" are a label set,
    /// a "voice assistant" is no voice to write in).
    /// </summary>
    ModifiesOther,

    /// <summary>Counted at most 1: the word modifies no noun known as knowledge ("our internal team").</summary>
    NoKnowledgeNoun,

    /// <summary>Not counted as knowledge: it is what a verb works on, given with the request ("summarise our reports").</summary>
    Input,

    /// <summary>Not counted as knowledge: it is what a model would be tuned on ("fine-tune on our past transcripts").</summary>
    TrainingData,

    /// <summary>Not counted: the scenario wants it rather than reports it ("we need good summaries").</summary>
    Wanted,

    /// <summary>Not counted: the sentence asks it rather than states it ("is few-shot prompting good enough?").</summary>
    Asked,

    /// <summary>Raised: the word closes its clause, so it speaks of the whole task ("relabel the archive, once.").</summary>
    ClosesClause,

    /// <summary>Not counted: the word opens a clause as a conjunction ("once it is trained"), not an adverb of how often.</summary>
    Conjunction,

    /// <summary>
    /// Raised: a question word or a quoted question follows the verb of asking, so what is asked is a fact ("ask which
    /// directives apply", "ask 'hand hygiene before patient contact?'").
    /// </summary>
    FactQuestion,

    /// <summary>Not negated: the negation before it governs a verb whose object it is ("without sending the schema").</summary>
    ObjectOfNegatedVerb,

    /// <summary>Not counted: retrieval is reported in place in its sentence ("already retrieves the right documents").</summary>
    Retrieved,

    /// <summary>Not negated: the output is said to be unlike the style ("doesn't sound like our agents"), which is the problem.</summary>
    Unlike,

    /// <summary>Not counted as knowledge: it is where the output goes ("saved to our wiki"), not a source to look up.</summary>
    Destination,

    /// <summary>Not counted: it stands inside a template placeholder ("{eta_minutes}"), the name of a slot.</summary>
    Placeholder,

    /// <summary>
    /// Counted for prompting, not knowledge: the change is the task's own ("the class definitions get revised"), which a
    /// tuned model would fall behind.
    /// </summary>
    TaskChanges,

    /// <summary>Not counted: a phrase that says something only under a negation ("no model has ever seen") stands without one.</summary>
    WithoutNegation,

    /// <summary>Not counted as knowledge: a time word in the asker's own requirement ("I need them coded this week") says when the work is due.</summary>
    Deadline,
}
