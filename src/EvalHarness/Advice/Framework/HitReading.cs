namespace EvalHarness.Advice.Framework;

/// <summary>What the words around a cue did to it, as <see cref="SentenceReading"/> found.</summary>
internal enum HitReading : byte
{
    /// <summary>Nothing: it counts as its row says.</summary>
    AsWritten,

    /// <summary>It modifies a label set, a format or a style, so it is no knowledge ("internal categories").</summary>
    ModifiesOther,

    /// <summary>A modifier with no knowledge noun near it ("our internal team"): at most 1.</summary>
    NoKnowledgeNoun,

    /// <summary>An option outside any choice ("what each function does"): it does not count.</summary>
    NoChoice,

    /// <summary>Documents or records a verb works on ("summarise our reports"): its input, not knowledge to find.</summary>
    Input,

    /// <summary>Documents or records to fine-tune on ("fine-tune on 4,000 past transcripts"): training data, not knowledge to find.</summary>
    TrainingData,

    /// <summary>A noun that modifies the word after it ("voice assistant"): that word is the head, so it does not count.</summary>
    ModifiesNext,

    /// <summary>Praise of prompting after a requirement ("we need good summaries"): wished for, not reported.</summary>
    Wanted,

    /// <summary>A claim that prompting works, asked rather than stated ("is few-shot good enough?"): it does not count.</summary>
    Asked,

    /// <summary>An adverb that closes its clause ("move the records into the new schema, once."): it is about the whole task.</summary>
    ClosesClause,

    /// <summary>An adverb that opens a clause ("once it is trained"): a conjunction of time, not how often.</summary>
    Conjunction,

    /// <summary>A verb of asking or knowing followed by a question word ("ask which directives apply"): a question of fact.</summary>
    FactQuestion,

    /// <summary>
    /// The object of a verb that a negation governs ("without sending the whole schema"): the negation is about the verb,
    /// so the cue counts as written.
    /// </summary>
    ObjectOfNegatedVerb,

    /// <summary>Knowledge in a sentence that reports retrieval in place ("already retrieves the right documents"): supplied.</summary>
    Retrieved,

    /// <summary>
    /// A style the output is said not to be like ("it doesn't sound like our agents", "nothing like our register"): the
    /// negation reports the gap, the style problem itself, so the cue counts as written.
    /// </summary>
    Unlike,

    /// <summary>Knowledge named as where the output goes ("saved to our wiki"): a destination, not a source to look up.</summary>
    Destination,

    /// <summary>A word inside a template placeholder as written ("{eta_minutes}"): the name of a slot, not a word of the scenario.</summary>
    Placeholder,

    /// <summary>
    /// A word of change about the task's own form ("the class definitions get revised"): the task changes, which argues for
    /// prompting and against fine-tuning, not for knowledge.
    /// </summary>
    TaskChanges,

    /// <summary>A phrase said only under a negation ("ever seen"), with none before it: it does not count.</summary>
    WithoutNegation,

    /// <summary>A time word in the asker's own requirement ("we want to catch them today"): a deadline, not fresh facts.</summary>
    Deadline,
}
