using System.Globalization;

namespace EvalHarness.Corpus;

/// <summary>
/// A slice of a corpus to evaluate: the scenarios with one of some tags, or one of some ids (<c>eval --tag T --id ID</c>).
/// The corpus is still read and checked in full; the slice notes what it saw, so a tag or id that names no scenario is
/// a problem with a did-you-mean instead of an empty run, and reports can say how much of the corpus was run.
/// </summary>
public sealed class ScenarioSlice
{
    private readonly HashSet<string> _tags;
    private readonly HashSet<string> _ids;
    private readonly HashSet<string> _foundIds = new(StringComparer.Ordinal);
    // Readers share one tag list between scenarios with the same tags field, so the lists seen are few.
    private readonly HashSet<IReadOnlyList<string>> _tagLists = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a slice of the scenarios with any of <paramref name="tags"/> or any of <paramref name="ids"/>.</summary>
    public ScenarioSlice(IReadOnlyList<string> tags, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(ids);
        if (tags.Count + ids.Count == 0)
            throw new ArgumentException("a slice names at least one tag or id", nameof(tags));
        Tags = tags;
        Ids = ids;
        _tags = tags.ToHashSet(StringComparer.Ordinal);
        _ids = ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The tags asked for.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The ids asked for.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>How many scenarios of the corpus were seen.</summary>
    public int Scenarios { get; private set; }

    /// <summary>How many of them are in the slice.</summary>
    public int Included { get; private set; }

    /// <summary>Every tag list of the corpus seen, in or out of the slice.</summary>
    public IEnumerable<IReadOnlyList<string>> TagLists => _tagLists;

    /// <summary>The slice as the command line gave it: <c>--tag seed-quiz --id legal-style</c>.</summary>
    public string Description => string.Join(' ', Tags.Select(t => $"--tag {t}").Concat(Ids.Select(i => $"--id {i}")));

    /// <summary>The slice as summary.csv records it: <c>tag=seed-quiz;id=legal-style</c>.</summary>
    public string Cell => string.Join(';', Tags.Select(t => $"tag={t}").Concat(Ids.Select(i => $"id={i}")));

    /// <summary>Notes a scenario of the corpus and says whether it is in the slice.</summary>
    public bool Take(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenarios++;
        if (scenario.Tags.Count > 0)
            _tagLists.Add(scenario.Tags);
        var included = false;
        if (_ids.Contains(scenario.Id))
        {
            _foundIds.Add(scenario.Id);
            included = true;
        }

        if (!included && _tags.Count > 0)
        {
            foreach (var tag in scenario.Tags)
            {
                if (_tags.Contains(tag))
                {
                    included = true;
                    break;
                }
            }
        }

        if (included)
            Included++;
        return included;
    }

    /// <summary>
    /// Once the whole corpus was read: one line per tag no scenario has and per id no scenario has, each with the
    /// nearest the corpus has; empty when every one names something.
    /// </summary>
    /// <param name="corpusIds">Every id of the corpus, for the did-you-mean of an unknown id.</param>
    public IReadOnlyList<string> Problems(IEnumerable<string> corpusIds)
    {
        ArgumentNullException.ThrowIfNull(corpusIds);
        var problems = new List<string>();
        var usedTags = _tagLists.SelectMany(list => list).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var tag in Tags.Where(tag => !usedTags.Contains(tag, StringComparer.Ordinal)))
            problems.Add($"--tag {tag}: no scenario has this tag; " + (EditDistance.Nearest(tag, usedTags) is { } near
                ? $"did you mean '{near}'?"
                : $"the corpus's tags are {string.Join(", ", usedTags)}"));
        var unknownIds = Ids.Where(id => !_foundIds.Contains(id)).ToArray();
        if (unknownIds.Length > 0)
        {
            var ids = corpusIds.ToArray();
            foreach (var id in unknownIds)
                problems.Add($"--id {id}: no scenario has this id" + (EditDistance.Nearest(id, ids) is { } near ? $"; did you mean '{near}'?" : ""));
        }

        return problems;
    }

    /// <summary>How much of the corpus ran, for reports: <c>12 of 100 scenarios (--tag seed-quiz)</c>.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"{Included} of {Scenarios} scenarios ({Description})");
}
