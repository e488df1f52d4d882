namespace EvalHarness.Synthetic;

/// <summary>
/// The sentences that express each branch, with slots the generator fills: {org}, {product}, {sector} ({a-sector} with its article), {users},
/// {items}, {task}, {sources}, {facts}, {records}, {city}, {person} and {n}, the branch's number.
/// Each sentence states its branch as a course reader would; none is tuned to what a classifier makes of it.
/// </summary>
internal static class BranchPhrases
{
    /// <summary>Opening sentences: who wants what, with no branch in them.</summary>
    public static IReadOnlyList<string> Openings { get; } =
    [
        "{org}, {a-sector} in {city}, is building {product}, an assistant to {task}.",
        "{org} is {a-sector} based in {city}. Its new assistant, {product}, will {task}.",
        "At {org}, {a-sector}, the team behind {product} wants a model to {task}.",
        "{product} is the assistant {org} ({sector}, {city}) uses to {task}.",
        "{org} wants {product} to {task} for its {users}.",
    ];

    /// <summary>Sentences that change nothing about the advice: place, people, plans.</summary>
    public static IReadOnlyList<string> Asides { get; } =
    [
        "The team is based in {city}.",
        "{person} leads the project.",
        "{org} also has an office in {city}.",
        "The first release will be in English.",
        "{person} from the {city} office will review the {items}.",
    ];

    /// <summary>The sentences of one branch.</summary>
    public static IReadOnlyList<string> Of(SyntheticBranch branch) => Table[(int)branch];

    private static readonly string[][] Table =
    [
        // PromptingWorks
        [
            "They tried few-shot prompting with {n} examples and the {items} are already good enough.",
            "A zero-shot prompt with clear instructions already handles the {items} well, and the {users} are happy with the results.",
            "Prompting a general model works well here: in a pilot, the prompted {items} needed almost no edits.",
            "With a short prompt and {n} examples in it, the base model gets the {items} right most of the time.",
            "In their trials, a plain instruction to the base model produced {items} that reviewers signed off without changes.",
        ],

        // OneOff
        [
            "It is a one-off job: {n} old {items} have to be rewritten once, and the task will not come back.",
            "This is a one-time task for a single event next month, with about {n} {items} in total.",
            "They need a quick proof of concept for a demo to the board, nothing more.",
            "The work is ad hoc: a batch of {n} {items} this spring, and then the project ends.",
            "They only need this for a single report to the regulator, due in two weeks.",
        ],

        // TooLittleData
        [
            "They would like to fine-tune, but they have only {n} labelled examples so far.",
            "Only {n} examples of good {items} exist, far too few to train a model on.",
            "The plan is to fine-tune a model, yet the whole dataset is {n} examples.",
            "They collected just {n} training examples before the deadline.",
            "Their whole collection of approved {items} fits on one page: {n} of them.",
        ],

        // PromptHarder
        [
            "So far they have tried only a one-line prompt, and the {items} come out vague.",
            "Their first prompt is a single sentence with no examples, and the {items} miss the point about half the time.",
            "Nobody has written a careful prompt yet: the instruction they use is one short line, and results are mixed.",
            "Their quick prompt gives uneven {items}, and they have not yet tried adding examples or clearer instructions.",
            "The current prompt is a rough first attempt, and the model often misreads what the {users} want.",
        ],

        // Format
        [
            "Every reply must be valid JSON that matches their schema, with no missing fields.",
            "The output has to follow a fixed XML template that a downstream system parses.",
            "Each of the {items} must come back as one CSV row with the same seven columns.",
            "The {items} feed an automated pipeline, so they must always use the exact same structured format.",
            "Downstream code reads each answer as key and value pairs, so a single stray sentence breaks the import.",
        ],

        // StylePersona
        [
            "The {items} must sound like {product}, a cheerful persona with a consistent brand voice.",
            "Every answer has to be written in the formal tone of the {sector}'s senior partners.",
            "The {items} should read in the house style of {org}: short sentences, a warm tone, no jargon.",
            "{product} has to keep the voice of a calm, witty character in every one of the {items}.",
            "{product} should talk like a friendly pirate, full of nautical slang, in every reply.",
        ],

        // ShorterPrompts
        [
            "Their system prompt has grown to {n} tokens of rules and examples, sent with every call.",
            "Each call carries a {n}-token system prompt of style rules that they would like to drop.",
            "The instructions are so long that the system prompt is now {n} tokens, and maintaining it is painful.",
            "Half of every request is the same page of guidelines pasted in front of the question.",
        ],

        // Latency
        [
            "Answers must come back in under {n} ms because the assistant sits inside the checkout flow.",
            "The calls are latency-sensitive: the {users} expect a reply in under {n} milliseconds.",
            "A large model is too slow for them; they need responses under a second from a smaller model.",
            "{product} suggests the next words while the {users} type, so every suggestion must appear within {n} ms.",
        ],

        // HighVolume
        [
            "The assistant handles {n} requests a day, and the API bill keeps growing.",
            "At {n} conversations a day, the cost per request of a large prompted model dominates their budget.",
            "Traffic is heavy: {n} requests per day, so every cent per call counts at this scale.",
            "Around {n} {users} a day send it a message, and the monthly invoice from the model provider has become a board topic.",
        ],

        // RecentFacts
        [
            "Answers must reflect the latest {facts}, which change every day.",
            "The {users} ask about {facts} published this morning.",
            "The {items} have to use today's {facts}, updated several times a day.",
            "Most questions are about recent {facts} that no model has seen.",
            "The {users} want to know what changed in the {facts} since yesterday.",
        ],

        // PrivateDocs
        [
            "The answers have to come from their internal {sources}, which no public model has seen.",
            "Staff ask questions about the {sector}'s private {sources}.",
            "{product} must answer from the confidential {sources} kept on the intranet.",
            "The knowledge it needs sits in {org}'s proprietary {sources}.",
            "The answers live in {org}'s {sources}, which have never been published.",
        ],

        // Citations
        [
            "Every answer must cite the passage of the {sources} it relies on, so reviewers can check it.",
            "The {users} need sources: each claim must link to the part of the {sources} it comes from.",
            "Answers must be grounded in the {sources}, with a citation for every fact.",
            "Auditors insist that every statement points back to the paragraph of the {sources} it was taken from.",
        ],

        // PerCustomerRecords
        [
            "Each reply depends on the customer's own {records}.",
            "{product} has to look up each customer's {records} before it answers.",
            "Answers differ per customer: they come from the {records} of the person asking.",
            "To answer, {product} needs the asker's own {records}, which differ for every person.",
        ],

        // FineTunedButHallucinates
        [
            "They fine-tuned a model on old {items}, but it still makes up details about the {sources}.",
            "After fine-tuning on their {sources}, the model still invents facts when asked about them.",
            "A fine-tuned model was meant to learn the {sources}, but it hallucinates answers about the {facts}.",
            "Last year they trained a custom model on the {sources}; it now confidently gives outdated answers.",
        ],
    ];
}
