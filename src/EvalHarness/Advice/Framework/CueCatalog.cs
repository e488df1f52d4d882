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

    /// <summary>Per row: <c>cue.&lt;family&gt;.&lt;phrase&gt;</c>, or <c>null</c> for rows that only shape reading.</summary>
    public static string?[] RuleIds { get; } = BuildRuleIds();

    /// <summary>The cue rules in table order.</summary>
    public static IReadOnlyList<AdvisorRule> Rules { get; } = BuildRules();

    /// <summary>A hash of every row, so the advisor's version changes whenever the table does.</summary>
    public static string TableHash { get; } = Hash();

    private static readonly Evidence?[] Prepared = BuildEvidence();

    /// <summary>The prepared evidence for a hit: weight halved by contrast, signed against by negation and by the signal's polarity.</summary>
    public static Evidence EvidenceFor(in CueHit hit)
    {
        var variant = (hit.Halved ? 2 : 0) + (hit.Negated ? 1 : 0);
        return Prepared[hit.Cue * 4 + variant]!;
    }

    /// <summary>The same cue counted against the other question (little data against fine-tuning).</summary>
    public static Evidence Against(in CueHit hit) => Prepared[hit.Cue * 4 + 1]!;

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

    private static Evidence?[] BuildEvidence()
    {
        var prepared = new Evidence?[CueTable.All.Count * 4];
        for (var i = 0; i < CueTable.All.Count; i++)
        {
            if (RuleIds[i] is not { } id)
                continue;
            var cue = CueTable.All[i];
            var found = cue.Phrase.TrimEnd('*');
            var full = cue.Weight * SignalInfo.Polarity(cue.Signal);
            var half = (cue.Weight + 1) / 2 * SignalInfo.Polarity(cue.Signal);
            prepared[i * 4] = new Evidence(id, found, full);
            prepared[i * 4 + 1] = new Evidence(id, found, -full);
            prepared[i * 4 + 2] = new Evidence(id, found, half);
            prepared[i * 4 + 3] = new Evidence(id, found, -half);
        }

        return prepared;
    }

    private static string Hash()
    {
        var hash = 2166136261u;
        foreach (var cue in CueTable.All)
        {
            foreach (var c in $"{cue.Phrase}|{(int)cue.Signal}|{cue.Weight};")
                hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
