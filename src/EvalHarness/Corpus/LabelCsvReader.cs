using System.Diagnostics.CodeAnalysis;

namespace EvalHarness.Corpus;

/// <summary>Streams the valid expert labels of a folder's labels.csv one at a time, reporting every problem of the file as it goes.</summary>
public sealed class LabelCsvReader : IDisposable
{
    /// <summary>Above this many scenarios, unknown ids get no did-you-mean hint: the search would cost more than the whole load.</summary>
    private const int MaxIdsForHints = 10_000;

    private const int ScenarioId = 0, Annotator = 1, Label = 2, Rationale = 3;

    private static readonly CsvColumn[] Columns =
    [
        new("scenario_id", Required: true), new("annotator", Required: true), new("label", Required: true), new("rationale"),
    ];

    private readonly CorpusCsvFile _file;
    private readonly CorpusProblemList _problems;
    private readonly IReadOnlyDictionary<string, int>? _scenarioIds;
    private readonly Dictionary<(string ScenarioId, string Annotator), int> _pairs = [];
    private readonly HashSet<string> _labelled = new(StringComparer.Ordinal);

    private LabelCsvReader(CorpusCsvFile file, CorpusProblemList problems, IReadOnlyDictionary<string, int>? scenarioIds)
    {
        _file = file;
        _problems = problems;
        _scenarioIds = scenarioIds;
    }

    /// <summary>The scenario ids that have at least one label row so far, valid or not (so a bad label is not also reported as a missing one).</summary>
    public IReadOnlySet<string> LabelledIds => _labelled;

    /// <summary>Whether the whole file was read, so <see cref="LabelledIds"/> is complete.</summary>
    public bool ReadToEnd => _file.ReadToEnd;

    /// <summary>How many records were found after the header, valid or not.</summary>
    public int Records => _file.Records;

    /// <summary>Opens labels.csv in the folder; labels naming an id missing from <paramref name="scenarioIds"/> are problems, unless it is <c>null</c> (ids unknown).</summary>
    public static LabelCsvReader Open(string directory, CorpusProblemList problems, IReadOnlyDictionary<string, int>? scenarioIds)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(problems);
        return new LabelCsvReader(CorpusCsvFile.Open(directory, CorpusFiles.Labels, Columns, problems), problems, scenarioIds);
    }

    /// <summary>Reads the next valid label, reporting and skipping records with problems; <c>false</c> at the end of what can be read.</summary>
    public bool TryReadNext([NotNullWhen(true)] out ExpertLabel? label)
    {
        while (_file.MoveNext())
        {
            label = ReadRecord();
            if (label is not null)
                return true;
        }

        label = null;
        return false;
    }

    /// <summary>Releases the file.</summary>
    public void Dispose() => _file.Dispose();

    private ExpertLabel? ReadRecord()
    {
        var problemsBefore = _problems.Count;
        var scenarioId = _file.Text(ScenarioId).Trim();
        if (scenarioId.Length == 0)
            Add("scenario_id is empty");
        else
        {
            _labelled.Add(scenarioId);
            if (_scenarioIds is not null && !_scenarioIds.ContainsKey(scenarioId))
                Add($"unknown scenario {ProblemText.Quote(scenarioId)}", UnknownScenarioHint(scenarioId));
        }

        var annotator = _file.Text(Annotator).Trim();
        var slugProblem = SlugRules.Check(annotator);
        if (slugProblem is not null)
            Add(annotator.Length == 0 ? "annotator is empty" : $"annotator {ProblemText.Quote(annotator)} is not a slug: {slugProblem}",
                "name a role such as 'ml-engineer', not a person; " + SlugRules.Hint);
        else if (scenarioId.Length > 0 && !_pairs.TryAdd((scenarioId, annotator), _file.Line))
            Add($"annotator '{annotator}' already labelled {ProblemText.Quote(scenarioId)} on line {_pairs[(scenarioId, annotator)]}",
                "an annotator labels a scenario at most once; remove one of the rows");

        var labelText = _file.Span(Label);
        Approach? approach = null;
        if (labelText.Trim(" \t"u8).IsEmpty)
            Add("label is empty", $"use one of: {ApproachText.ValidLabels}");
        else if (!TryParseLabel(labelText, out approach))
            Add($"unknown label {ProblemText.Quote(labelText)}", $"use one of: {ApproachText.ValidLabels}");

        if (_problems.Count != problemsBefore || approach is null)
            return null;
        return new ExpertLabel(scenarioId, annotator, approach.Value, _file.Text(Rationale), _file.Line);
    }

    private static bool TryParseLabel(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out Approach? approach)
    {
        // Labels are short; anything longer than the buffer is not a label, and ASCII bytes widen to the same chars.
        Span<char> chars = stackalloc char[32];
        if (utf8.Length > chars.Length)
        {
            approach = null;
            return false;
        }

        for (var i = 0; i < utf8.Length; i++)
            chars[i] = (char)utf8[i];
        return ApproachText.TryParse(chars[..utf8.Length], out approach);
    }

    private string UnknownScenarioHint(string scenarioId)
    {
        var nearest = _scenarioIds!.Count <= MaxIdsForHints ? EditDistance.Nearest(scenarioId, _scenarioIds.Keys) : null;
        return nearest is null ? $"add it to {CorpusFiles.Scenarios} or correct the id" : $"did you mean '{nearest}'?";
    }

    private void Add(string message, string? hint = null) => _problems.Add(_file.FileName, _file.Line, message, hint);
}
