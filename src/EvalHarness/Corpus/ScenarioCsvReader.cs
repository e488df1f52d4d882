using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace EvalHarness.Corpus;

/// <summary>
/// Streams the valid scenarios of a folder's scenarios.csv one at a time, reporting every problem of the file as it goes;
/// only ids and their lines are kept, so large corpora need not be held in memory.
/// </summary>
public sealed class ScenarioCsvReader : IDisposable
{
    /// <summary>The longest scenario text allowed, in characters.</summary>
    public const int MaxTextLength = 4000;

    private const int Id = 0, Text = 1, DailyRequests = 2, TokensPerRequest = 3, TrainingExamples = 4, Tags = 5, Source = 6, Notes = 7;

    /// <summary>The columns of scenarios.csv, in their canonical order.</summary>
    internal static readonly CsvColumn[] Columns =
    [
        new("id", Required: true), new("text", Required: true), new("daily_requests"), new("tokens_per_request"),
        new("training_examples"), new("tags"), new("source"), new("notes"),
    ];

    private readonly CorpusCsvFile _file;
    private readonly CorpusProblemList _problems;
    private const int MaxCachedTagLists = 1024;

    private readonly ScenarioIdSet _ids;
    private readonly Dictionary<string, string[]> _tagLists = new(StringComparer.Ordinal);

    private ScenarioCsvReader(CorpusCsvFile file, CorpusProblemList problems, LabelIndex? labels)
    {
        _file = file;
        _problems = problems;
        _ids = new ScenarioIdSet(labels);
    }

    /// <summary>How many distinct well-formed ids were seen so far, including ids of records with other problems.</summary>
    public int IdCount => _ids.Count;

    /// <summary>Every well-formed id seen so far, in file order, including ids of records with other problems.</summary>
    public IEnumerable<string> Ids => _ids.Ids;

    /// <summary>The slot in the label index of the scenario read last, or -1 when no label names it.</summary>
    internal int LabelSlot => _ids.LabelSlot;

    /// <summary>Whether the whole file was read, so <see cref="Ids"/> is complete.</summary>
    public bool ReadToEnd => _file.ReadToEnd;

    /// <summary>How many records were found after the header, valid or not.</summary>
    public int Records => _file.Records;

    /// <summary>How far through scenarios.csv the reader is, from 0 to 1.</summary>
    public double Progress => _file.Progress;

    /// <summary>Opens scenarios.csv beside a complete label index, which then also tells <see cref="LabelSlot"/>.</summary>
    internal static ScenarioCsvReader Open(string directory, CorpusProblemList problems, LabelIndex? labels)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(problems);
        return new ScenarioCsvReader(CorpusCsvFile.Open(directory, CorpusFiles.Scenarios, Columns, problems), problems, labels);
    }

    /// <summary>Reads the next valid scenario, reporting and skipping records with problems; <c>false</c> at the end of what can be read.</summary>
    public bool TryReadNext([NotNullWhen(true)] out Scenario? scenario)
    {
        while (_file.MoveNext())
        {
            if (!_file.IsSound)
            {
                NoteBrokenRecord();
                continue;
            }

            scenario = ReadRecord();
            if (scenario is not null)
                return true;
        }

        scenario = null;
        return false;
    }

    /// <summary>Releases the file.</summary>
    public void Dispose() => _file.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    private Scenario? ReadRecord()
    {
        var line = _file.Line;
        var problemsBefore = _problems.Count;
        var idBytes = Utf8Field.Trim(_file.Span(Id));
        var id = Encoding.UTF8.GetString(idBytes);
        if (!SlugRules.IsSlug(idBytes))
            Add(id.Length == 0 ? "id is empty" : $"id {ProblemText.Quote(id)} is not a slug: {SlugRules.Check(id)}", id.Length == 0 ? null : SlugRules.Hint);
        else
            Define(idBytes, id, line);

        // Kept as the file's UTF-8, which the record checks found valid; the string is made only if someone asks for it.
        var text = _file.Span(Text);
        if (Utf8Field.Trim(text).IsEmpty)
            Add("text is empty", "describe the situation in plain words");
        else if (text.Length > MaxTextLength && Encoding.UTF8.GetCharCount(text) is var length && length > MaxTextLength)
            Add(string.Create(CultureInfo.InvariantCulture, $"text has {length:N0} characters, more than {MaxTextLength:N0}"), "shorten it to the situation and the facts the advice needs");

        var daily = Count(DailyRequests);
        var tokens = Count(TokensPerRequest);
        var examples = Count(TrainingExamples);
        var tags = TagList();
        if (_problems.Count != problemsBefore)
            return null;

        return new Scenario(id, text.ToArray())
        {
            DailyRequests = daily,
            TokensPerRequest = tokens,
            TrainingExamples = examples,
            Tags = tags,
            Source = OptionalText(Source),
            Notes = OptionalText(Notes),
            Line = line,
        };
    }

    /// <summary>A record that could not be read has its problem already; its id, when readable, still counts as defined, so its labels do not also fail as 'unknown scenario'.</summary>
    private void NoteBrokenRecord()
    {
        if (_file.TryKey(Id, out var id) && SlugRules.IsSlug(id))
            _ids.Define(id, _file.Line);
    }

    private void Define(ReadOnlySpan<byte> idBytes, string id, int line)
    {
        var first = _ids.Define(idBytes, line);
        if (first != 0)
            Add(string.Create(CultureInfo.InvariantCulture, $"duplicate id '{id}' (first defined on line {first})"),
                $"if this is another scenario, give it an id of its own such as '{id}-2' (and its rows in {CorpusFiles.Labels}); if it is the same one, delete one of the two rows");
    }

    private long? Count(int column)
    {
        var field = _file.Span(column);
        if (WholeNumber.TryParse(field, out var value, out var tooLarge))
            return value;
        var (message, hint) = WholeNumber.Problem(Columns[column].Name, Encoding.UTF8.GetString(field), tooLarge);
        Add(message, tooLarge ? hint : hint + ", or leave it empty when unknown");
        return null;
    }

    private string[] TagList()
    {
        var field = _file.Text(Tags);
        if (field.Length == 0)
            return [];
        // Large corpora repeat a few tag lists; the reader pools the field's string, and the parsed list is kept for it.
        if (_tagLists.TryGetValue(field, out var cached))
            return cached;
        var problemsBefore = _problems.Count;
        var tags = new List<string>(2);
        foreach (var part in field.Split(';'))
        {
            var tag = part.Trim();
            if (tag.Length == 0)
                continue;
            var problem = SlugRules.Check(tag);
            if (problem is null)
                tags.Add(tag);
            else
                Add($"tag {ProblemText.Quote(tag)} is not a slug: {problem}", "separate tags with ';' and " + SlugRules.Hint);
        }

        string[] list = [.. tags];
        if (_problems.Count == problemsBefore && _tagLists.Count < MaxCachedTagLists)
            _tagLists.Add(field, list);
        return list;
    }

    private string? OptionalText(int column)
    {
        var text = _file.Text(column);
        return text.Length == 0 ? null : text;
    }

    private void Add(string message, string? hint = null) => _problems.Add(_file.FileName, _file.Line, message, hint);
}
