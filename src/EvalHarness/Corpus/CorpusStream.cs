using System.Diagnostics.CodeAnalysis;

namespace EvalHarness.Corpus;

/// <summary>
/// Reads a corpus folder as a stream: labels.csv first, into a compact <see cref="LabelIndex"/>, then scenarios.csv one
/// scenario at a time with its labels, so memory grows with the labels, not with the texts. Every problem of both files
/// goes to one list; the checks that need both files end in <see cref="Complete"/>.
/// </summary>
public sealed class CorpusStream : IDisposable
{
    /// <summary>Above this many scenarios, unknown ids get no did-you-mean hint: the search would cost more than the whole load.</summary>
    private const int MaxIdsForHints = 10_000;

    private readonly CorpusProblemList _problems;
    private readonly LabelIndex _labels;
    private readonly bool _labelsComplete;
    private readonly ScenarioCsvReader? _scenarios;

    private CorpusStream(CorpusProblemList problems, LabelIndex labels, bool labelsComplete, ScenarioCsvReader? scenarios)
    {
        _problems = problems;
        _labels = labels;
        _labelsComplete = labelsComplete;
        _scenarios = scenarios;
    }

    /// <summary>
    /// The slice to read, or <c>null</c> for every scenario. The scenarios outside it are still read, checked and noted
    /// by the slice; <see cref="TryReadNext"/> only does not hand them out.
    /// </summary>
    public ScenarioSlice? Slice { get; set; }

    /// <summary>Every well-formed id of scenarios.csv read so far, in file order, for did-you-mean hints.</summary>
    public IEnumerable<string> ScenarioIds => _scenarios?.Ids ?? [];

    /// <summary>The annotators of the labels, in the order first seen.</summary>
    public IReadOnlyList<string> Annotators => _labels.Annotators;

    /// <summary>How many scenarios labels.csv names: about as many as the stream will give, for the time a run has left.</summary>
    public int LabelledScenarios => _labels.ScenarioCount;

    /// <summary>How far through scenarios.csv the stream is, from 0 to 1, for progress reports.</summary>
    public double Progress => _scenarios?.Progress ?? 1;

    /// <summary>Opens a folder: reads labels.csv in full and opens scenarios.csv; problems of either go to <paramref name="problems"/>.</summary>
    public static CorpusStream Open(string directory, CorpusProblemList problems, bool keepRationales = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(problems);
        if (!Directory.Exists(directory))
        {
            problems.Add(directory, 0, "corpus folder not found", $"give the folder that holds {CorpusFiles.Scenarios} and {CorpusFiles.Labels}");
            return new CorpusStream(problems, new LabelIndex(), labelsComplete: false, scenarios: null);
        }

        using var labels = LabelCsvReader.Open(directory, problems, keepRationales);
        labels.ReadAll();
        return new CorpusStream(problems, labels.Index, labels.ReadToEnd, ScenarioCsvReader.Open(directory, problems, labels.Index));
    }

    /// <summary>Reads the next valid scenario of the slice, if any, and its labels (ordered by annotator); a scenario with no label is reported and skipped.</summary>
    public bool TryReadNext([NotNullWhen(true)] out Scenario? scenario, [NotNullWhen(true)] out ExpertLabel[]? labels)
    {
        while (_scenarios is not null && _scenarios.TryReadNext(out scenario))
        {
            // Reading the scenario already marked its slot seen.
            var slot = _scenarios.LabelSlot;
            labels = slot >= 0 ? _labels.LabelsOf(slot, scenario.Id) : [];
            if (labels.Length > 0)
            {
                if (Slice is null || Slice.Take(scenario))
                    return true;
                continue;
            }

            // Without the whole of labels.csv, a missing label may just be unread; that file's own problem says so.
            if (slot < 0 && _labelsComplete)
                _problems.Add(CorpusFiles.Scenarios, scenario.Line, $"scenario '{scenario.Id}' has no label", $"add a row for it to {CorpusFiles.Labels}");
        }

        scenario = null;
        labels = null;
        return false;
    }

    /// <summary>After the last scenario: reports labels that name no scenario, once both files were read in full.</summary>
    public void Complete()
    {
        if (_scenarios is null)
            return;
        var allScenariosRead = _scenarios.ReadToEnd && _scenarios.Records > 0;
        if (!allScenariosRead)
        {
            // Without every id, each label would be an 'unknown scenario'; one note says it instead of a cascade.
            if (_labels.ScenarioCount > 0)
                _problems.Add(CorpusFiles.Labels, 0, $"scenario ids were not checked, because {CorpusFiles.Scenarios} could not be read in full");
            return;
        }

        string[]? ids = null;
        (string Id, string? Nearest) hinted = ("", null); // an id's label rows come one after another
        // A slot is seen once any record with a well-formed id defines it, so a scenario that is in the file but had
        // problems of its own is not unknown.
        foreach (var (id, line) in _labels.UnseenRows())
        {
            if (_scenarios.IdCount <= MaxIdsForHints)
                ids ??= [.. _scenarios.Ids];
            if (hinted.Id != id)
                hinted = (id, ids is null ? null : EditDistance.Nearest(id, ids));
            var nearest = hinted.Nearest;
            _problems.Add(CorpusFiles.Labels, line, $"unknown scenario {ProblemText.Quote(id)}",
                nearest is null ? $"add it to {CorpusFiles.Scenarios} or correct the id" : $"did you mean '{nearest}'?");
        }
    }

    /// <summary>Releases scenarios.csv.</summary>
    public void Dispose() => _scenarios?.Dispose();
}
