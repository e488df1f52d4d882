using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace EvalHarness.Corpus;

/// <summary>Reads a folder's labels.csv into a <see cref="LabelIndex"/>, reporting every problem of the file as it goes.</summary>
/// <remarks>Whether each id names a scenario is checked later, by <see cref="CorpusStream"/>, once scenarios.csv has been read.</remarks>
public sealed class LabelCsvReader : IDisposable
{
    private const int ScenarioId = 0, Annotator = 1, Label = 2, Rationale = 3;

    /// <summary>The columns of labels.csv, in their canonical order.</summary>
    internal static readonly CsvColumn[] Columns =
    [
        new("scenario_id", Required: true), new("annotator", Required: true), new("label", Required: true), new("rationale"),
    ];

    private readonly CorpusCsvFile _file;
    private readonly CorpusProblemList _problems;

    private LabelCsvReader(CorpusCsvFile file, CorpusProblemList problems, LabelIndex index)
    {
        _file = file;
        _problems = problems;
        Index = index;
    }

    /// <summary>The labels read so far; ids of rows with problems are noted too, so they are not also reported as unlabelled.</summary>
    public LabelIndex Index { get; }

    /// <summary>Whether the whole file was read, so <see cref="Index"/> is complete.</summary>
    public bool ReadToEnd => _file.ReadToEnd;

    /// <summary>Opens labels.csv in the folder, reporting file and header problems into the list.</summary>
    public static LabelCsvReader Open(string directory, CorpusProblemList problems, bool keepRationales = false)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(problems);
        var file = CorpusCsvFile.Open(directory, CorpusFiles.Labels, Columns, problems);
        var index = new LabelIndex(keepRationales);
        index.Reserve(file.Length);
        return new LabelCsvReader(file, problems, index);
    }

    /// <summary>Reads every record into <see cref="Index"/>, reporting and skipping records with problems.</summary>
    public void ReadAll()
    {
        while (_file.MoveNext())
        {
            if (_file.IsSound)
                ReadRecord();
            // A row that could not be read has its problem already; noting its scenario keeps that scenario from also
            // failing as unlabelled.
            else if (_file.TryKey(ScenarioId, out var scenarioId))
                Index.Touch(scenarioId, _file.Line);
        }
    }

    /// <summary>Releases the file.</summary>
    public void Dispose() => _file.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    private void ReadRecord()
    {
        var problemsBefore = _problems.Count;
        var line = _file.Line;
        // Read as UTF-8 bytes: a large file repeats a few annotators and labels millions of times, and none needs a string.
        var scenarioId = Utf8Field.Trim(_file.Span(ScenarioId));
        if (scenarioId.IsEmpty)
            Add("scenario_id is empty");

        var annotatorName = Utf8Field.Trim(_file.Span(Annotator));
        var annotator = Index.FindAnnotator(annotatorName);
        if (annotator < 0)
            CheckNewAnnotator(annotatorName);

        var labelText = _file.Span(Label);
        Approach? approach = null;
        // Parsed first: nearly every label is valid, and only a refused one needs telling empty from unknown.
        if (!ApproachText.TryParse(labelText, out approach))
        {
            if (labelText.Trim(" \t"u8).IsEmpty)
                Add("label is empty", $"use one of: {ApproachText.ValidLabels}");
            else
                Add($"unknown label {ProblemText.Quote(labelText)}", UnknownLabelHint(labelText));
        }

        if (scenarioId.IsEmpty)
            return;
        if (_problems.Count != problemsBefore || approach is null)
        {
            Index.Touch(scenarioId, line);
            return;
        }
        var who = annotator >= 0 ? (ushort)annotator : Index.AddAnnotator(annotatorName);
        var rationale = Index.KeepsRationales ? _file.Text(Rationale) : "";
        var earlier = Index.Add(scenarioId, who, approach.Value, line, rationale);
        if (earlier != 0)
            Add($"annotator '{Index.Annotators[who]}' already labelled {ProblemText.Quote(Encoding.UTF8.GetString(scenarioId))} on line {earlier.ToString(CultureInfo.InvariantCulture)}",
                "an annotator labels a scenario at most once; remove one of the rows");
    }

    private static string UnknownLabelHint(ReadOnlySpan<byte> label)
    {
        var nearest = EditDistance.Nearest(Encoding.UTF8.GetString(Utf8Field.Trim(label)), ApproachText.All.Select(a => a.ToSlug()));
        return nearest is null
            ? $"use one of: {ApproachText.ValidLabels}"
            : $"did you mean '{nearest}'? use one of: {ApproachText.ValidLabels}";
    }

    private void CheckNewAnnotator(ReadOnlySpan<byte> utf8)
    {
        var annotator = Encoding.UTF8.GetString(utf8);
        var slugProblem = SlugRules.Check(annotator);
        if (slugProblem is not null)
            Add(annotator.Length == 0 ? "annotator is empty" : $"annotator {ProblemText.Quote(annotator)} is not a slug: {slugProblem}",
                "name a role such as 'ml-engineer', not a person; " + SlugRules.Hint);
    }

    private void Add(string message, string? hint = null) => _problems.Add(_file.FileName, _file.Line, message, hint);
}
