using System.Collections.Concurrent;
using System.Globalization;
using EvalHarness.Advice.Framework.Scanning;

namespace EvalHarness.Advice.Framework;

/// <summary>
/// Everything built once from the cue table: the trie, a rule id per scored cue, and the evidence each cue can produce,
/// made ahead so advising allocates no evidence for cues.
/// </summary>
internal static class CueCatalog
{
    /// <summary>The trie over every phrase of the table.</summary>
    public static CueTrie Trie { get; } = new(CueTable.All);

    /// <summary>Per row, the signal: an array rather than the table's list, because the scan reads it once per word.</summary>
    public static Signal[] Signals { get; } = [.. CueTable.All.Select(c => c.Signal)];

    /// <summary>Per row, how its sentence is read for it.</summary>
    public static CueReading[] Readings { get; } = [.. CueTable.All.Select(c => c.Reading)];

    /// <summary>Per row, the number a <see cref="Signal.CountWord"/> row names ("two", "a few hundred"); NaN for the others.</summary>
    public static double[] CountValues { get; } =
        [.. CueTable.All.Select(c => c.Signal == Signal.CountWord ? NumberReader.CountWords.First(w => w.Phrase == c.Phrase).Value : double.NaN)];

    /// <summary>Per row: <c>cue.&lt;family&gt;.&lt;phrase&gt;</c>, or <c>null</c> for rows that only shape reading.</summary>
    public static string?[] RuleIds { get; } = BuildRuleIds();

    /// <summary>The cue rules in table order.</summary>
    public static IReadOnlyList<AdvisorRule> Rules { get; } = BuildRules();

    /// <summary>A hash of every row, so the advisor's version changes whenever the table does.</summary>
    public static string TableHash { get; } = Hash();

    /// <summary>The most a family of cues can add to or take from its question.</summary>
    public const int FamilyCap = 6;

    /// <summary>
    /// The bits a <see cref="HitReading"/> takes in the key of a cue's evidence variants: every reading must fit, or two
    /// readings of neighbouring rows would share their evidence.
    /// </summary>
    internal const int ReadingBits = 5;

    /// <summary>What a <see cref="CueReading.ClauseFinal"/> row counts where it closes its clause: it decides on its own.</summary>
    public const int ClosingClauseWeight = 3;

    /// <summary>What a <see cref="CueReading.AsksQuestion"/> row counts when a question word follows it: it suggests.</summary>
    public const int FactQuestionWeight = 2;

    /// <summary>Evidence that fine-tuning was proposed with no word of prompting, quoting the proposal.</summary>
    public static CueEvidence SkippedPrompting { get; } =
        new(new Evidence(ReadingRules.SkippedPrompting, "fine-tune", 2) { TableWeight = 2 });

    /// <summary>Evidence that examples are negated ("no logged examples"), for prompting.</summary>
    public static CueEvidence NoExamples { get; } = new(new Evidence(ReadingRules.NoExamples, "examples", 3) { TableWeight = 3 });

    /// <summary>The same evidence counted against fine-tuning.</summary>
    public static CueEvidence NoExamplesAgainst { get; } =
        new(new Evidence(ReadingRules.NoExamples, "examples", -3) { TableWeight = 3, Changes = [new WeightChange(WeightChangeKind.CountedAgainst, "fine-tuning")] });

    /// <summary>Evidence that whether to fine-tune was asked with no failure of prompting reported, quoting the question's words.</summary>
    public static CueEvidence QuestionedTuning { get; } =
        new(new Evidence(ReadingRules.QuestionedTuning, "fine-tune", 2) { TableWeight = 2 });

    /// <summary>Evidence that the prompt is quoted as a bare instruction, quoting it.</summary>
    public static CueEvidence BarePrompt { get; } = new(new Evidence(ReadingRules.BarePrompt, "bare prompt", 3) { TableWeight = 3 });

    private static readonly WeightChange CountedAgainst = new(WeightChangeKind.CountedAgainst, "fine-tuning");

    // Per row: the evidence as the table gives it, and counted against fine-tuning; made once, shared by every advice.
    private static readonly CueEvidence?[] Plain = BuildEvidence(against: false);
    private static readonly CueEvidence?[] AgainstFineTuning = BuildEvidence(against: true);

    // Per row of a negation, contrast or concession: what it does to a cue it governs, made once.
    private static readonly WeightChange?[] Changes = BuildChanges();

    // Per scored signal: the change that says its family reached the cap.
    private static readonly WeightChange[] Caps =
        [.. Enum.GetValues<Signal>().TakeWhile(s => SignalInfo.QuestionOf(s) is not null)
            .Select(s => new WeightChange(WeightChangeKind.Capped, $"{SignalInfo.Slug(s)} cues count at most {FamilyCap}"))];

    // Evidence for a cue read through a contrast, a negation or the cap, made on first use: there are too many to make ahead.
    private static readonly ConcurrentDictionary<long, CueEvidence> Variants = new();

    /// <summary>
    /// The evidence for a hit as the table and its sentence give it: the weight signed by the signal's polarity, halved
    /// (rounding up) by a contrast, turned round by a negation, with the changes that say so; shared between advice.
    /// </summary>
    public static CueEvidence EvidenceFor(in CueHit hit) =>
        hit.Halved || hit.Negated || hit.ReadAs != HitReading.AsWritten ? Variant(hit, against: false, capped: null) : Plain[hit.Cue]!;

    /// <summary>
    /// The weight <see cref="EvidenceFor"/> gives the hit, worked out without finding its evidence: the table weight after
    /// the reading of the words around it, halved (rounding up) by a contrast, signed by the signal's polarity and turned
    /// round by a negation.
    /// </summary>
    public static int WeightOf(in CueHit hit)
    {
        var row = CueTable.All[hit.Cue];
        var read = Read(hit.ReadAs, row.Weight).Weight;
        var weight = (hit.Halved ? (read + 1) / 2 : read) * SignalInfo.Polarity(row.Signal);
        return hit.Negated ? -weight : weight;
    }

    /// <summary>The same cue counted against fine-tuning at its table weight (little data against fine-tuning).</summary>
    public static CueEvidence Against(in CueHit hit) => AgainstFineTuning[hit.Cue]!;

    /// <summary>A reading's evidence with its weight lowered to <paramref name="weight"/> by the cap of <paramref name="family"/>.</summary>
    public static Evidence Capped(Evidence evidence, Signal family, int weight) =>
        evidence with { Weight = weight, Changes = [.. evidence.Changes, Caps[(int)family]] };

    /// <summary>The evidence for a hit, counted against fine-tuning or not, with its weight lowered to <paramref name="weight"/> by its family's cap.</summary>
    public static CueEvidence Capped(in CueHit hit, bool against, int weight) => Variant(hit, against, weight);

    private static CueEvidence Variant(in CueHit hit, bool against, int? capped)
    {
        // The negation and the contrast are rows, each + 1 in 10 bits while the table has under 1,023 rows; the reading
        // takes ReadingBits, a cap's weight 8; a test holds the table and the readings to these sizes.
        var key = ((long)hit.Cue << (40 + ReadingBits)) | ((long)hit.ReadAs << 40) | ((long)(hit.HalvedBy + 1) << 30) | ((long)(hit.NegatedBy + 1) << 20)
            | (against ? 1L << 19 : 0) | (capped is { } weight ? (1L << 18) | (long)(weight & 0xFF) : 0);
        return Variants.TryGetValue(key, out var evidence) ? evidence : Variants.GetOrAdd(key, Make(hit, against, capped));
    }

    private static CueEvidence Make(in CueHit hit, bool against, int? capped)
    {
        var row = CueTable.All[hit.Cue];
        var table = row.Weight * SignalInfo.Polarity(row.Signal);
        var changes = new List<WeightChange>(3);
        int weight;
        if (against)
        {
            weight = -table;
            changes.Add(CountedAgainst);
        }
        else
        {
            weight = WeightOf(hit);
            if (Read(hit.ReadAs, row.Weight).Change is { } change)
                changes.Add(change);
            if (hit.Halved)
                changes.Add(Changes[hit.HalvedBy]!);
            if (hit.Negated)
                changes.Add(Changes[hit.NegatedBy]!);
        }

        if (capped is { } lowered)
        {
            changes.Add(Caps[(int)(against ? Signal.DataAvailable : row.Signal)]);
            weight = lowered;
        }

        return new CueEvidence(new Evidence(RuleIds[hit.Cue]!, Plain[hit.Cue]!.Evidence.Found, weight) { TableWeight = table, Changes = [.. changes] });
    }

    private static string?[] BuildRuleIds()
    {
        var ids = new string?[CueTable.All.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            var cue = CueTable.All[i];
            if (SignalInfo.QuestionOf(cue.Signal) is null)
                continue;
            var phrase = cue.Phrase.Replace("*", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)
                .Replace(' ', '-');
            var id = $"cue.{SignalInfo.Slug(cue.Signal)}.{phrase}";
            if (!seen.Add(id))
                throw new InvalidOperationException($"Two cues share the rule id '{id}'.");
            ids[i] = id;
        }

        return ids;
    }

    private static AdvisorRule[] BuildRules()
    {
        var rules = new List<AdvisorRule>();
        for (var i = 0; i < CueTable.All.Count; i++)
        {
            if (RuleIds[i] is not { } id)
                continue;
            var cue = CueTable.All[i];
            var description = string.Create(CultureInfo.InvariantCulture,
                $"\"{cue.Phrase}\": {SignalInfo.Describe(cue.Signal)} ({SignalInfo.Polarity(cue.Signal) * cue.Weight:+0;-0;0})");
            rules.Add(new AdvisorRule(id, "cue", description));
        }

        return [.. rules];
    }

    /// <summary>
    /// What a reading of the words around a cue does to its table weight, and the change that says so; the words a change
    /// names (what it modifies, the verb it is the input of) are filled in as the scenario writes them.
    /// </summary>
    private static (int Weight, WeightChange? Change) Read(HitReading reading, int weight) => reading switch
    {
        HitReading.AsWritten or HitReading.NoChoice => (weight, null),
        HitReading.NoKnowledgeNoun => (Math.Min(weight, 1), weight > 1 ? NoKnowledgeNoun : null),
        HitReading.ModifiesOther or HitReading.ModifiesNext => (0, ModifiesOther),
        HitReading.Input => (0, Input),
        HitReading.TrainingData => (0, TrainingData),
        HitReading.Wanted => (0, Wanted),
        HitReading.Asked => (0, Asked),
        HitReading.ClosesClause => (ClosingClauseWeight, ClosesClause),
        HitReading.Conjunction => (0, Conjunction),
        HitReading.FactQuestion => (Math.Max(weight, FactQuestionWeight), FactQuestion),
        HitReading.ObjectOfNegatedVerb => (weight, ObjectOfNegatedVerb),
        HitReading.Retrieved => (0, Retrieved),
        HitReading.Unlike => (weight, Unlike),
        HitReading.Destination => (0, Destination),
        HitReading.Placeholder => (0, Placeholder),
        HitReading.TaskChanges => (weight, TaskChanges),
        HitReading.WithoutNegation => (0, WithoutNegation),
        HitReading.Deadline => (0, Deadline),
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, null),
    };

    private static readonly WeightChange NoKnowledgeNoun = new(WeightChangeKind.NoKnowledgeNoun, "");
    private static readonly WeightChange ModifiesOther = new(WeightChangeKind.ModifiesOther, "");
    private static readonly WeightChange Input = new(WeightChangeKind.Input, "");
    private static readonly WeightChange TrainingData = new(WeightChangeKind.TrainingData, "");
    private static readonly WeightChange Wanted = new(WeightChangeKind.Wanted, "");
    private static readonly WeightChange Asked = new(WeightChangeKind.Asked, "");
    private static readonly WeightChange ClosesClause = new(WeightChangeKind.ClosesClause, "");
    private static readonly WeightChange Conjunction = new(WeightChangeKind.Conjunction, "");
    private static readonly WeightChange FactQuestion = new(WeightChangeKind.FactQuestion, "");
    private static readonly WeightChange ObjectOfNegatedVerb = new(WeightChangeKind.ObjectOfNegatedVerb, "");
    private static readonly WeightChange Retrieved = new(WeightChangeKind.Retrieved, "");
    private static readonly WeightChange Unlike = new(WeightChangeKind.Unlike, "");
    private static readonly WeightChange Destination = new(WeightChangeKind.Destination, "");
    private static readonly WeightChange Placeholder = new(WeightChangeKind.Placeholder, "");
    private static readonly WeightChange TaskChanges = new(WeightChangeKind.TaskChanges, "");
    private static readonly WeightChange WithoutNegation = new(WeightChangeKind.WithoutNegation, "");
    private static readonly WeightChange Deadline = new(WeightChangeKind.Deadline, "");

    private static CueEvidence?[] BuildEvidence(bool against)
    {
        var prepared = new CueEvidence?[CueTable.All.Count];
        for (var i = 0; i < CueTable.All.Count; i++)
        {
            if (RuleIds[i] is not { } id)
                continue;
            var cue = CueTable.All[i];
            var found = cue.Phrase.TrimEnd('*');
            var weight = cue.Weight * SignalInfo.Polarity(cue.Signal);
            prepared[i] = new CueEvidence(against
                ? new Evidence(id, found, -weight) { TableWeight = weight, Changes = [CountedAgainst] }
                : new Evidence(id, found, weight) { TableWeight = weight });
        }

        return prepared;
    }

    private static WeightChange?[] BuildChanges()
    {
        var changes = new WeightChange?[CueTable.All.Count];
        for (var i = 0; i < CueTable.All.Count; i++)
        {
            var cue = CueTable.All[i];
            changes[i] = cue.Signal switch
            {
                Signal.Negation or Signal.NegatesBefore => new WeightChange(WeightChangeKind.Negated, cue.Phrase),
                Signal.Contrast => new WeightChange(WeightChangeKind.HalvedBeforeContrast, cue.Phrase),
                Signal.Concession => new WeightChange(WeightChangeKind.HalvedInConcession, cue.Phrase),
                _ => null,
            };
        }

        return changes;
    }

    private static string Hash()
    {
        var hash = 2166136261u;
        foreach (var cue in CueTable.All)
        {
            foreach (var c in $"{cue.Phrase}|{(int)cue.Signal}|{cue.Weight}|{(int)cue.Reading};")
                hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
