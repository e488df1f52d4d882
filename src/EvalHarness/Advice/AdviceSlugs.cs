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

    private static readonly IReadOnlyDictionary<string, Leaf> LeafBySlug = BySlug<Leaf>(ToSlug);
    private static readonly IReadOnlyDictionary<string, FrameworkQuestion> QuestionBySlug = BySlug<FrameworkQuestion>(ToSlug);
    private static readonly IReadOnlyDictionary<string, FineTuneReason> ReasonBySlug = BySlug<FineTuneReason>(ToSlug);
    private static readonly IReadOnlyDictionary<string, WarningCode> WarningBySlug = BySlug<WarningCode>(ToSlug);

    /// <summary>Reads a leaf's slug as people and models write it: any case, <c>_</c> or spaces for <c>-</c>.</summary>
    public static bool TryParseLeaf(string? text, out Leaf leaf) => TryRead(LeafBySlug, text, out leaf);

    /// <summary>Reads a question's slug (<c>can-prompting-solve-it</c>), as <see cref="TryParseLeaf"/> reads leaves.</summary>
    public static bool TryParseQuestion(string? text, out FrameworkQuestion question) => TryRead(QuestionBySlug, text, out question);

    /// <summary>Reads a reason's slug (<c>consistent-format</c>), as <see cref="TryParseLeaf"/> reads leaves.</summary>
    public static bool TryParseReason(string? text, out FineTuneReason reason) => TryRead(ReasonBySlug, text, out reason);

    /// <summary>Reads a warning code (<c>too-few-examples</c>), as <see cref="TryParseLeaf"/> reads leaves.</summary>
    public static bool TryParseWarning(string? text, out WarningCode code) => TryRead(WarningBySlug, text, out code);

    /// <summary>Every leaf slug, for messages that list what is valid.</summary>
    public static IEnumerable<string> LeafSlugs => LeafBySlug.Keys;

    /// <summary>Every question slug.</summary>
    public static IEnumerable<string> QuestionSlugs => QuestionBySlug.Keys;

    /// <summary>Every reason slug.</summary>
    public static IEnumerable<string> ReasonSlugs => ReasonBySlug.Keys;

    /// <summary>Every warning code.</summary>
    public static IEnumerable<string> WarningSlugs => WarningBySlug.Keys;

    private static IReadOnlyDictionary<string, T> BySlug<T>(Func<T, string> slug)
        where T : struct, Enum
    {
        // Ordered as the enum, so listings read in the course's order.
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var value in Enum.GetValues<T>())
            map.Add(slug(value), value);
        return map;
    }

    private static bool TryRead<T>(IReadOnlyDictionary<string, T> map, string? text, out T value)
        where T : struct
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
            return false;
        // ASCII only, so the result does not depend on the machine's culture.
        Span<char> folded = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text.AsSpan().Trim())
            folded[length++] = c is '_' or ' ' ? '-' : c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        return map.TryGetValue(new string(folded[..length]), out value);
    }

    /// <summary><c>halved-before-contrast</c>, <c>negated</c>, <c>capped</c>, <c>modifies-other</c> and the other kinds of change, as JSON writes them.</summary>
    public static string ToSlug(this WeightChangeKind kind) => kind switch
    {
        WeightChangeKind.HalvedBeforeContrast => "halved-before-contrast",
        WeightChangeKind.HalvedInConcession => "halved-in-concession",
        WeightChangeKind.Negated => "negated",
        WeightChangeKind.CountedAgainst => "counted-against",
        WeightChangeKind.Capped => "capped",
        WeightChangeKind.ModifiesOther => "modifies-other",
        WeightChangeKind.NoKnowledgeNoun => "no-knowledge-noun",
        WeightChangeKind.Asked => "asked",
        WeightChangeKind.Wanted => "wanted",
        WeightChangeKind.Input => "input",
        WeightChangeKind.TrainingData => "training-data",
        WeightChangeKind.ClosesClause => "closes-clause",
        WeightChangeKind.Conjunction => "conjunction",
        WeightChangeKind.FactQuestion => "fact-question",
        WeightChangeKind.ObjectOfNegatedVerb => "object-of-negated-verb",
        WeightChangeKind.Retrieved => "retrieved",
        WeightChangeKind.Unlike => "unlike",
        WeightChangeKind.Destination => "destination",
        WeightChangeKind.Placeholder => "placeholder",
        WeightChangeKind.TaskChanges => "task-changes",
        WeightChangeKind.WithoutNegation => "without-negation",
        WeightChangeKind.Deadline => "deadline",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
