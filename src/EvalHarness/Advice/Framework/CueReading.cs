namespace EvalHarness.Advice.Framework;

/// <summary>How a row of the cue table depends on the words around it.</summary>
internal enum CueReading : byte
{
    /// <summary>Counts wherever it stands.</summary>
    Plain,

    /// <summary>
    /// An adjective that makes knowledge only of what it modifies ("internal documents"): nothing for a label set, a
    /// format or a style ("internal categories"), at most 1 when no knowledge noun is near.
    /// </summary>
    Modifier,

    /// <summary>An option that counts only in a choice among options ("pick the right function"), otherwise not at all.</summary>
    Option,

    /// <summary>
    /// A verb that works on what it is given ("summarise", "classify", "extract"): documents or records after it in its
    /// clause are its input, not knowledge to look up, unless a source ("using", "based on") comes first.
    /// </summary>
    Transforms,

    /// <summary>Proposes fine-tuning ("we want to fine-tune"): with no word of prompting in the text, prompting was skipped.</summary>
    Proposes,

    /// <summary>
    /// A noun that counts only as the head of its phrase ("our brand voice", "in a formal register"), not when it
    /// modifies the word after it ("a voice assistant", "a character limit").
    /// </summary>
    HeadOnly,

    /// <summary>
    /// An adverb of how often ("once") that says the whole task is done one time only where it closes its clause ("relabel
    /// the archive with it, once."), and then counts <see cref="CueCatalog.ClosingClauseWeight"/>; elsewhere it counts as its
    /// row says, and opening a clause ("once the model is trained") it is a conjunction of time and counts nothing.
    /// </summary>
    ClauseFinal,

    /// <summary>
    /// A verb of asking or knowing that is a question of fact when a question word follows it in its clause ("residents
    /// ask which day the bins go out", "tenants want to know what is free") or a quoted question does ("ask 'bike parking
    /// near the east gate?'"): then it counts
    /// <see cref="CueCatalog.FactQuestionWeight"/>; about the asker's own plan ("asked whether we should fine-tune") or
    /// with no question after it ("ask it to rewrite this"), as its row says.
    /// </summary>
    AsksQuestion,

    /// <summary>
    /// A stage of a product ("prototype", "hackathon", "proof of concept"): a one-off while nothing says the product will
    /// serve high volume; once the text does ("millions of tables"), it says where the product comes from, not that the task
    /// is done once.
    /// </summary>
    Stage,

    /// <summary>
    /// A word of retrieval: reported as in place ("already retrieves the right documents", "from retrieved facts"), it says
    /// the knowledge of its sentence is supplied, so that knowledge counts nothing; otherwise it counts as its row says.
    /// </summary>
    Retrieval,

    /// <summary>
    /// A phrase that says something only under a negation, which it takes into its meaning: "ever seen" in "no model has
    /// ever seen them" means what "never seen" means, so the negation does not turn it; without one ("has anyone ever seen
    /// …?") it counts nothing.
    /// </summary>
    HoldsNegation,

    /// <summary>
    /// A time word: the age of facts ("articles published today", "who is on shift this week"), or, in the asker's own
    /// requirement, when the work is due ("I ... need them coded into themes for a report this week", "we want to catch them
    /// today"), which asks for no fresh knowledge.
    /// </summary>
    TimeOfNeed,

    /// <summary>
    /// A word of change: changing facts need retrieval ("prices change daily"), but a change of the task's own form, a
    /// format, a label set or a style standing before it in its clause or right after it ("the class definitions get
    /// revised", "changed fields"), would leave a tuned model behind while a prompt is rewritten in minutes, so it counts
    /// for prompting and against fine-tuning instead.
    /// </summary>
    Change,
}
